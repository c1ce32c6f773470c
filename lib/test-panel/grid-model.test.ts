import { describe, expect, it } from "vitest";
import { compile, parseMonth } from "@/lib/rules";
import { buildGrid, fitRange, MAX_YEARS, moveFocus, type GridInput } from "./grid-model";
import { EXAMPLES, type Scenario } from "./scenario";

function input(s: Scenario): GridInput {
  const pair = compile({ employerMonths: s.months, agreements: s.agreements });
  return { employerMonths: s.months, agreements: s.agreements, af: pair.avtaleforhold(), vp: pair.virkningsperiode(), query: s.query };
}
const marked = (cells: readonly unknown[], months: string[], value: unknown = "in") => months.filter((_, k) => cells[k] === value);

describe("fitRange", () => {
  it("covers the whole virkningsperiode in whole years", () => {
    expect(fitRange(input(EXAMPLES[1]))).toEqual({ from: parseMonth("2020-01"), to: parseMonth("2022-12"), clipped: false });
  });
  it("adds a month of room after the data, starting a new year when needed", () => {
    // VP (2021-08..2022-12) already ends a month after the data; employer month 2022-12 + 1 reaches into 2023
    const s: Scenario = { ...EXAMPLES[1], months: ["2022-11"] };
    expect(fitRange(input(s)).to).toBe(parseMonth("2022-12"));
    const s2: Scenario = { ...EXAMPLES[1], agreements: [{ avtalereferanse: "x", fraOgMed: "2022-03", tilOgMed: "2022-12" }], months: ["2022-12"] };
    expect(fitRange(input(s2)).to).toBe(parseMonth("2023-12"));
  });
  it("includes agreements and the query even without any avtaleforhold", () => {
    const r = fitRange({ employerMonths: [], agreements: [{ avtalereferanse: "x", fraOgMed: "2022-03", tilOgMed: "2022-11" }], af: [], vp: [], query: { fraOgMed: "2019-05", tilOgMed: "2019-06" } });
    expect(r).toEqual({ from: parseMonth("2019-01"), to: parseMonth("2022-12"), clipped: false });
  });
  it("shows the default year when empty, and at most MAX_YEARS (the latest)", () => {
    expect(fitRange({ employerMonths: [], agreements: [], af: [], vp: [] })).toEqual({ from: parseMonth("2022-01"), to: parseMonth("2022-12"), clipped: false });
    const r = fitRange({ employerMonths: ["1990-01", "2030-05"], agreements: [], af: [], vp: [] });
    expect(r.clipped).toBe(true);
    expect((r.to - r.from + 1) / 12).toBe(MAX_YEARS);
    expect(r.to).toBe(parseMonth("2030-12"));
  });
});

describe("buildGrid", () => {
  it("draws example 2 like Skatteetaten's figure", () => {
    const g = buildGrid(input({ ...EXAMPLES[1], query: { fraOgMed: "2022-02", tilOgMed: "2022-05" } }));
    expect(g.years.map((y) => y.year)).toEqual([2020, 2021, 2022]);
    expect(g.years.every((y) => y.months.length === 12)).toBe(true);
    expect(g.rows.map((r) => r.kind)).toEqual(["agreement", "employer", "af", "vp"]);
    const [agr, emp, af, vp] = g.rows;
    expect(marked(agr.cells, g.months, "start")).toEqual(["2022-03"]);
    expect(marked(agr.cells, g.months, "end")).toEqual(["2022-11"]);
    expect(marked(agr.cells, g.months, "inside")).toHaveLength(7);
    expect(marked(emp.cells, g.months, true)).toEqual(["2022-03", "2022-11"]);
    expect(marked(af.cells, g.months)).toEqual(["2022-03", "2022-11"]);
    expect(marked(af.cells, g.months, "missing")).toEqual(["2022-02", "2022-04", "2022-05"]);
    expect(marked(vp.cells, g.months)[0]).toBe("2020-12");
    expect(marked(vp.cells, g.months).at(-1)).toBe("2022-12");
    expect(marked(vp.cells, g.months, "missing")).toEqual([]);
    expect(marked(g.inQuery, g.months, true)).toEqual(["2022-02", "2022-03", "2022-04", "2022-05"]);
  });
  it("marks an open-ended agreement as running at the grid's end, and single-month agreements", () => {
    const g = buildGrid(input(EXAMPLES[0]));
    const open = g.rows[1];
    expect(open.kind === "agreement" && open.ref).toBe("avtale-2");
    expect(open.cells.at(-1)).toBe("open");
    expect(marked(open.cells, g.months, "start")).toEqual(["2022-09"]);
    const single = buildGrid({ employerMonths: [], agreements: [{ avtalereferanse: "s", fraOgMed: "2022-04", tilOgMed: "2022-04" }], af: [], vp: [] });
    expect(marked(single.rows[0].cells, single.months, "single")).toEqual(["2022-04"]);
  });
  it("keeps a given (frozen) range", () => {
    const range = { from: parseMonth("2022-01"), to: parseMonth("2022-12"), clipped: false };
    expect(buildGrid(input(EXAMPLES[1]), range).months).toHaveLength(12);
  });
});

describe("moveFocus", () => {
  it("moves with arrows and stops at the edges", () => {
    expect(moveFocus("ArrowRight", 0, 0, 4, 36)).toEqual([0, 1]);
    expect(moveFocus("ArrowLeft", 0, 0, 4, 36)).toEqual([0, 0]);
    expect(moveFocus("ArrowDown", 3, 5, 4, 36)).toEqual([3, 5]);
    expect(moveFocus("ArrowUp", 3, 5, 4, 36)).toEqual([2, 5]);
    expect(moveFocus("End", 1, 5, 4, 36)).toEqual([1, 35]);
    expect(moveFocus("Home", 1, 5, 4, 36, true)).toEqual([0, 0]);
    expect(moveFocus("PageDown", 1, 30, 4, 36)).toEqual([1, 35]);
    expect(moveFocus("a", 1, 5, 4, 36)).toBeNull();
  });
});
