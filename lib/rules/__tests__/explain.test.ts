import { describe, expect, it } from "vitest";
import { compile, explainMonth } from "../index";

const fig1 = {
  employerMonths: ["2022-03", "2022-04", "2022-05", "2022-09", "2022-10"],
  agreements: [{ avtalereferanse: "avtale-1", fraOgMed: "2022-03", tilOgMed: "2022-05" }, { avtalereferanse: "avtale-2", fraOgMed: "2022-09" }],
};
const avtale2Only = { ...fig1, agreements: [fig1.agreements[1]] };

describe("explainMonth", () => {
  it("VP month granted by an AF month 15 months later: the documented sentences", () => {
    const e = explainMonth(avtale2Only, "2021-06");
    expect(e.virkningsperiode.included).toBe(true);
    expect(e.virkningsperiode.reasons).toEqual(["VP_GRANTED"]);
    expect(e.virkningsperiode.grantedBy).toEqual([{ month: "2022-09", offset: -15, agreements: ["avtale-2"] }]);
    expect(e.virkningsperiode.nb).toBe("2021-06 er i virkningsperioden fordi 2022-09 er i avtaleforholdet og 2021-06 er 15 måneder før");
    expect(e.virkningsperiode.en).toBe("2021-06 is in the virkningsperiode because 2022-09 is in the avtaleforhold and 2021-06 is 15 months before it");
    expect(e.nb).toContain(e.avtaleforhold.nb);
    expect(e.en).toContain(e.virkningsperiode.en);
  });

  it("AF month: granted by the employer month itself and the covering agreement", () => {
    const e = explainMonth(fig1, "2022-04");
    expect(e.avtaleforhold).toMatchObject({ included: true, reasons: ["AF_GRANTED"] });
    expect(e.employerReported).toBe(true);
    expect(e.coveringAgreements).toEqual(["avtale-1"]);
    expect(e.avtaleforhold.nb).toContain("«avtale-1»");
    expect(e.virkningsperiode.grantedBy[0]).toEqual({ month: "2022-04", offset: 0, agreements: ["avtale-1"] });
    expect(e.virkningsperiode.en).toBe("2022-04 is in the virkningsperiode because 2022-04 is itself in the avtaleforhold");
  });

  it("1 month after: singular wording", () => {
    const e = explainMonth(fig1, "2022-11");
    expect(e.avtaleforhold.reasons).toEqual(["EMPLOYER_NOT_REPORTED"]);
    expect(e.coveringAgreements).toEqual(["avtale-2"]);
    expect(e.virkningsperiode.nb).toBe("2022-11 er i virkningsperioden fordi 2022-10 er i avtaleforholdet og 2022-11 er 1 måned etter");
    expect(e.virkningsperiode.en).toBe("2022-11 is in the virkningsperiode because 2022-10 is in the avtaleforhold and 2022-11 is 1 month after it");
  });

  it("employer did not report + no agreement covers it", () => {
    const e = compile(fig1).explainMonth("2022-07");
    expect(e.avtaleforhold.included).toBe(false);
    expect(e.avtaleforhold.reasons).toEqual(["EMPLOYER_NOT_REPORTED", "NO_AGREEMENT_COVERS"]);
    expect(e.avtaleforhold.nb).toBe("2022-07 er ikke i avtaleforholdet fordi arbeidsgiveren ikke har rapportert pensjonsinnretningen for måneden og ingen avtale fra pensjonsinnretningen dekker måneden");
    expect(e.virkningsperiode.included).toBe(true); // inside the windows of 2022-09 / 2022-10
  });

  it("no agreement covers a reported month", () => {
    const e = explainMonth({ employerMonths: ["2022-02", "2022-03"], agreements: [{ avtalereferanse: "a", fraOgMed: "2022-03" }] }, "2022-02");
    expect(e.employerReported).toBe(true);
    expect(e.avtaleforhold.reasons).toEqual(["NO_AGREEMENT_COVERS"]);
    expect(e.avtaleforhold.en).toBe("2022-02 is not in the avtaleforhold because no agreement from the pension institution covers it");
  });

  it("before 2021-01 (AF) and before 2020-01 (VP)", () => {
    const p = { employerMonths: ["2019-12", "2020-11", "2021-01"], agreements: [{ avtalereferanse: "a", fraOgMed: "2019-01" }] };
    const e = explainMonth(p, "2020-11");
    expect(e.avtaleforhold.reasons).toEqual(["BEFORE_2021_01"]);
    expect(e.avtaleforhold.nb).toContain("tidligst kan begynne i 2021-01");
    expect(e.virkningsperiode.included).toBe(true);
    const f = explainMonth(p, "2019-12");
    expect(f.avtaleforhold.reasons).toEqual(["BEFORE_2021_01"]);
    expect(f.virkningsperiode).toMatchObject({ included: false, reasons: ["BEFORE_2020_01"] });
    expect(f.virkningsperiode.en).toBe("2019-12 is not in the virkningsperiode because the virkningsperiode cannot start before 2020-01");
  });

  it("outside every window, and an empty avtaleforhold", () => {
    const gap17 = { employerMonths: ["2022-01", "2023-07"], agreements: [{ avtalereferanse: "a", fraOgMed: "2022-01" }] };
    const e = explainMonth(gap17, "2022-03");
    expect(e.virkningsperiode).toMatchObject({ included: false, reasons: ["OUTSIDE_ALL_WINDOWS"], grantedBy: [] });
    expect(e.virkningsperiode.nb).toContain("ingen måned i avtaleforholdet");
    const none = explainMonth({ employerMonths: ["2022-01"], agreements: [] }, "2022-01");
    expect(none.virkningsperiode.reasons).toEqual(["NO_AVTALEFORHOLD"]);
    expect(none.avtaleforhold.reasons).toEqual(["NO_AGREEMENT_COVERS"]);
  });

  it("lists every granting month, nearest first", () => {
    const e = explainMonth(fig1, "2021-06");
    expect(e.virkningsperiode.grantedBy.map((g) => [g.month, g.offset])).toEqual([
      ["2022-03", -9], ["2022-04", -10], ["2022-05", -11], ["2022-09", -15],
    ]);
    expect(e.virkningsperiode.nb).toContain("2022-03 er i avtaleforholdet og 2021-06 er 9 måneder før");
  });

  it("rejects a malformed month", () => {
    expect(() => explainMonth(fig1, "2022-13")).toThrow(RangeError);
  });
});
