import { describe, expect, it } from "vitest";
import { avtaleforhold, toRanges, virkningsperiode } from "@/lib/rules";
import {
  draftFromScenario, effectiveAgreements, EXAMPLES, parseMonthsText, resolveDraft, setMonths, validateAgreement, validateQuery,
} from "./scenario";

const d = (avtalereferanse: string, fraOgMed: string, tilOgMed = "", id = "x") => ({ id, avtalereferanse, fraOgMed, tilOgMed });

describe("documented examples", () => {
  const expected = [
    ["2022-03..2022-05, 2022-09..2022-10", "2020-12..2022-11"],
    ["2022-03, 2022-11", "2020-12..2022-12"],
    ["2022-03", "2020-12..2022-04"],
    ["2022-03..2022-05", "2020-12..2022-06"],
  ];
  it.each([0, 1, 2, 3])("example %i gives the documented AF and VP", (i) => {
    const input = { employerMonths: EXAMPLES[i].months, agreements: EXAMPLES[i].agreements };
    expect([toRanges(avtaleforhold(input)), toRanges(virkningsperiode(input))]).toEqual(expected[i]);
  });
});

describe("months text", () => {
  it("parses ranges and single months", () => {
    expect(parseMonthsText("2022-03..2022-05, 2022-11")).toEqual({ ok: true, months: ["2022-03", "2022-04", "2022-05", "2022-11"] });
    expect(parseMonthsText("  ")).toEqual({ ok: true, months: [] });
  });
  it("names the first bad part", () => {
    expect(parseMonthsText("2022-03, 2022-13")).toEqual({ ok: false, error: { kind: "format", part: "2022-13" } });
    expect(parseMonthsText("2022-05..2022-03")).toEqual({ ok: false, error: { kind: "order", part: "2022-05..2022-03" } });
    expect(parseMonthsText("2022-03,")).toMatchObject({ ok: false, error: { kind: "format" } });
    expect(parseMonthsText("2022-03..2022-04..2022-05")).toMatchObject({ ok: false, error: { kind: "format" } });
    expect(parseMonthsText("1900-01..2200-01")).toMatchObject({ ok: false, error: { kind: "tooMany" } });
  });
});

describe("agreements", () => {
  it("validates with error keys per field", () => {
    expect(validateAgreement(d("a", "2022-03", "2022-11"))).toEqual({ ok: true, agreement: { avtalereferanse: "a", fraOgMed: "2022-03", tilOgMed: "2022-11" } });
    expect(validateAgreement(d("a", "2022-03"))).toEqual({ ok: true, agreement: { avtalereferanse: "a", fraOgMed: "2022-03" } });
    expect(validateAgreement(d("", "", ""))).toEqual({ ok: false, errors: { avtalereferanse: "required", fraOgMed: "required" } });
    expect(validateAgreement(d("a", "2022-3", "2022-13"))).toEqual({ ok: false, errors: { fraOgMed: "month", tilOgMed: "month" } });
    expect(validateAgreement(d("a", "2022-05", "2022-03"))).toEqual({ ok: false, errors: { tilOgMed: "tilBeforeFra" } });
    expect(validateAgreement(d("x".repeat(4001), "2022-05"))).toEqual({ ok: false, errors: { avtalereferanse: "tooLong" } });
  });
  it("(D) leaves out invalid ones and lets a repeated reference replace the earlier", () => {
    const r = effectiveAgreements([d("a", "2022-01", "", "1"), d("b", "bad", "", "2"), d("a", "2022-05", "", "3")]);
    expect(r).toEqual({ agreements: [{ avtalereferanse: "a", fraOgMed: "2022-05" }], replaced: ["1"] });
  });
});

describe("query", () => {
  it("is optional, but both months are needed once one is given", () => {
    expect(validateQuery("", "")).toEqual({ errors: {} });
    expect(validateQuery("2022-02", "2022-05")).toEqual({ query: { fraOgMed: "2022-02", tilOgMed: "2022-05" }, errors: {} });
    expect(validateQuery("2022-02", "")).toEqual({ errors: { til: "required" } });
    expect(validateQuery("2022-6", "2022-05")).toEqual({ errors: { fra: "month" } });
    expect(validateQuery("2022-06", "2022-05")).toEqual({ errors: { fra: "fraAfterTil" } });
  });
});

describe("drafts", () => {
  it("round-trip through draftFromScenario and resolveDraft", () => {
    for (const ex of EXAMPLES) expect(resolveDraft(draftFromScenario(ex))).toEqual(ex);
  });
  it("drop an invalid org number and keep the rest", () => {
    const draft = { ...draftFromScenario(EXAMPLES[1]), orgnr: "123456789" };
    expect(resolveDraft(draft)).toEqual({ ...EXAMPLES[1], orgnr: "" });
  });
  it("toggle months", () => {
    expect(setMonths(["2022-03"], ["2022-01", "2022-03"], true)).toEqual(["2022-01", "2022-03"]);
    expect(setMonths(["2022-01", "2022-03"], ["2022-03"], false)).toEqual(["2022-01"]);
  });
});
