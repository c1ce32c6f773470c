import { describe, expect, it } from "vitest";
import { compile, monthRange } from "@/lib/rules";
import { bulkResultsCsv, bulkWarnings } from "./bulk-warnings";

const w = (employerMonths: string[], agreements: { avtalereferanse: string; fraOgMed: string; tilOgMed?: string }[]) =>
  bulkWarnings(compile({ employerMonths, agreements }));
const open = [{ avtalereferanse: "a", fraOgMed: "2021-01" }];

describe("bulkWarnings", () => {
  it("is quiet for a healthy pair", () => {
    expect(w(monthRange("2022-01", "2022-12"), open)).toEqual([]);
  });
  it("warns about an agreement without employer months, and the reverse", () => {
    expect(w([], open)).toEqual([{ code: "AGREEMENT_WITHOUT_EMPLOYER" }]);
    expect(w(["2022-01"], [])).toEqual([{ code: "EMPLOYER_WITHOUT_AGREEMENT" }]);
    expect(w([], [])).toEqual([]);
  });
  it("warns when both exist but share no month from 2021-01", () => {
    expect(w(["2020-06"], [{ avtalereferanse: "a", fraOgMed: "2020-01" }])).toEqual([{ code: "EMPTY_AVTALEFORHOLD" }]);
    expect(w(["2022-01"], [{ avtalereferanse: "a", fraOgMed: "2023-01" }])).toEqual([{ code: "EMPTY_AVTALEFORHOLD" }]);
  });
  it("a gap of 16 months is still contiguous; 17 leaves a hole (vectors d07–d09)", () => {
    // 2021-01, then 16 missing months (2021-02..2022-05), then 2022-06
    expect(w(["2021-01", "2022-06"], open)).toEqual([]);
    expect(compile({ employerMonths: ["2021-01", "2022-06"], agreements: open }).virkningsperiodeRanges()).toBe("2020-01..2022-07");
    expect(w(["2021-01", "2022-07"], open)).toEqual([{ code: "GAP_17", from: "2021-02", to: "2022-06", months: 17 }]);
    expect(compile({ employerMonths: ["2021-01", "2022-07"], agreements: open }).virkningsperiodeRanges()).toBe("2020-01..2021-02, 2021-04..2022-08");
  });
  it("lists every long gap", () => {
    expect(w(["2021-01", "2023-01", "2025-01"], open).map((x) => x.code)).toEqual(["GAP_17", "GAP_17"]);
  });
});

describe("bulkResultsCsv", () => {
  it("quotes fields with commas and joins warnings", () => {
    const csv = bulkResultsCsv([
      { opplysningspliktig: "974760673", avtaleforhold: "2022-03..2022-05, 2022-09", virkningsperiode: "2020-12..2022-10", warnings: [] },
      { opplysningspliktig: "889640782", avtaleforhold: "", virkningsperiode: "", warnings: [{ code: "EMPLOYER_WITHOUT_AGREEMENT" }, { code: "EMPTY_AVTALEFORHOLD" }] },
    ], (x) => (x.code === "EMPLOYER_WITHOUT_AGREEMENT" ? 'no "agreement"' : x.code));
    expect(csv.split("\r\n")).toEqual([
      "opplysningspliktig,avtaleforhold,virkningsperiode,advarsler",
      '974760673,"2022-03..2022-05, 2022-09",2020-12..2022-10,',
      '889640782,,,"no ""agreement""; EMPTY_AVTALEFORHOLD"',
      "",
    ]);
  });

  it("writes a cell that would start a formula as text", () => {
    const csv = bulkResultsCsv([
      { opplysningspliktig: "=1+1", avtaleforhold: "", virkningsperiode: "", warnings: [{ code: "EMPTY_AVTALEFORHOLD" }] },
    ], () => '@SUM(1,2)');
    expect(csv.split("\r\n")[1]).toBe(`'=1+1,,,"'@SUM(1,2)"`);
  });
});
