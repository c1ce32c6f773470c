import { describe, expect, it } from "vitest";
import { decodeScenario, encodeScenario } from "./scenario-url";
import { EXAMPLES, type Scenario } from "./scenario";

describe("scenario URL", () => {
  it("round-trips every documented example, with a query", () => {
    for (const ex of EXAMPLES) {
      const s: Scenario = { ...ex, query: { fraOgMed: "2022-02", tilOgMed: "2022-05" } };
      expect(decodeScenario(encodeScenario(s))).toEqual({ scenario: s, invalid: [] });
    }
  });

  it("encodes compactly and readably", () => {
    const q = encodeScenario({ ...EXAMPLES[0], query: { fraOgMed: "2022-06", tilOgMed: "2022-12" } });
    const p = new URLSearchParams(q);
    expect(p.get("op")).toBe("974760673");
    expect(p.get("m")).toBe("2022-03..2022-05,2022-09..2022-10");
    expect(p.getAll("a")).toEqual(["2022-03..2022-05:avtale-1", "2022-09..:avtale-2"]);
    expect(p.get("q")).toBe("2022-06..2022-12");
    expect(encodeScenario({ orgnr: "", months: [], agreements: [] })).toBe("");
  });

  it("round-trips references with separators, quotes and non-ASCII", () => {
    const s: Scenario = {
      orgnr: "",
      months: ["2021-01"],
      agreements: [{ avtalereferanse: 'a:b..c&d=e, «æøå» "x"\n2', fraOgMed: "2020-05" }],
    };
    expect(decodeScenario(encodeScenario(s)).scenario).toEqual(s);
  });

  it("accepts a record of params as Next passes searchParams", () => {
    const r = decodeScenario({ op: "974760673", a: ["2022-03..2022-11:x"], m: "2022-03,2022-11" });
    expect(r.invalid).toEqual([]);
    expect(r.scenario.months).toEqual(["2022-03", "2022-11"]);
    expect(r.scenario.agreements).toEqual([{ avtalereferanse: "x", fraOgMed: "2022-03", tilOgMed: "2022-11" }]);
  });

  it("skips each bad param and names it, keeping the good ones", () => {
    const r = decodeScenario("op=123456789&m=2022-13&a=2022-05..2022-03:x&a=2022-03..:ok&q=2022-05..2022-02");
    expect(r.invalid.sort()).toEqual(["a", "m", "op", "q"]);
    expect(r.scenario).toEqual({ orgnr: "", months: [], agreements: [{ avtalereferanse: "ok", fraOgMed: "2022-03" }] });
  });

  it("rejects malformed agreements and queries", () => {
    for (const bad of ["a=2022-03", "a=2022-03..2022-04", "a=2022-03..2022-04:", "a=22-03..:x", "q=2022-01", "q=2022-01..", "m=2022-01..2021-01", "m=2022-01,,2022-02"]) {
      expect(decodeScenario(bad).invalid, bad).toHaveLength(1);
    }
  });

  it("refuses absurdly many months and agreements", () => {
    expect(decodeScenario("m=1900-01..2200-12").invalid).toEqual(["m"]);
    const many = Array.from({ length: 51 }, (_, i) => `a=2022-01..:r${i}`).join("&");
    const r = decodeScenario(many);
    expect(r.invalid).toEqual(["a"]);
    expect(r.scenario.agreements).toHaveLength(50);
  });

  it("(D) a repeated avtalereferanse replaces the earlier one", () => {
    const r = decodeScenario("a=2022-01..2022-02:x&a=2022-05..:x");
    expect(r.scenario.agreements).toEqual([{ avtalereferanse: "x", fraOgMed: "2022-05" }]);
  });
});
