import { describe, expect, it } from "vitest";
import { findTestCase, pakkeOf, TEST_CASES, type TRecordedCall } from "./catalogue";
import { allRequiredPassed, countPassed, evaluateRun } from "./evaluate";
import { buildRunReport, evidenceTestCases, integrationTestGateOpen, reportPath, reportRows, runIdFromReportUrl, ZRunReportSchema } from "./report";

const API = "/api/sandbox/tjenestepensjonsavtale/v1";
let seq = 0;
const call = (c: Partial<TRecordedCall>): TRecordedCall => ({
  at: `2026-12-01T10:00:${String(seq++ % 60).padStart(2, "0")}.000Z`,
  method: "GET",
  path: `${API}/nav/avtaleforhold/gyldighet`,
  operation: "avtaleforholdGyldighet",
  status: 200,
  kode: null,
  format: "json",
  korrelasjonsid: `k-${seq}`,
  detail: null,
  ...c,
});

/** One call per case that passes exactly it (the xml call also passes a gyldighet case). */
const PASSING: Record<string, TRecordedCall> = {
  register: call({ method: "POST", path: `${API}/otp/avtaleforhold`, operation: "create", status: 201 }),
  replace: call({ method: "POST", path: `${API}/otp/avtaleforhold`, operation: "create", status: 200 }),
  delete: call({ method: "DELETE", path: `${API}/otp/avtaleforhold`, operation: "delete", status: 204 }),
  deleteUnknown: call({ method: "DELETE", path: `${API}/otp/avtaleforhold`, operation: "delete", status: 404, kode: "OTP-007" }),
  avtaleforholdValid: call({ detail: { gyldig: true } }),
  avtaleforholdGaps: call({ detail: { gyldig: false, maaneder: ["2022-06", "2022-07"] } }),
  virkningsperiodeValid: call({ path: `${API}/nav/avtaleforhold/virkningsperiode/gyldighet`, operation: "virkningsperiodeGyldighet", detail: { gyldig: true } }),
  virkningsperiodeGaps: call({ path: `${API}/nav/avtaleforhold/virkningsperiode/gyldighet`, operation: "virkningsperiodeGyldighet", detail: { gyldig: false, maaneder: ["2024-01"] } }),
  xml: call({ format: "xml", detail: { gyldig: true } }),
  invalid: call({ status: 400, kode: "OTP-006" }),
  wrongPakke: call({ path: `${API}/otp/avtaleforhold/gyldighet`, status: 403, kode: "OTP-005" }),
};

describe("the catalogue", () => {
  it("has each case once, with texts in both languages, and a passing call for each", () => {
    expect(new Set(TEST_CASES.map((c) => c.key)).size).toBe(TEST_CASES.length);
    expect(Object.keys(PASSING).sort()).toEqual(TEST_CASES.map((c) => c.key).sort());
    for (const c of TEST_CASES) {
      for (const text of [c.title, c.how, c.expected]) expect(text.nb.length * text.en.length, c.key).toBeGreaterThan(0);
      expect(c.match(PASSING[c.key]), c.key).toBe(true);
    }
    expect(TEST_CASES.filter((c) => !c.required).map((c) => c.key)).toEqual(["xml"]);
  });

  it("each passing call passes no other case (the xml call also answers a gyldighet)", () => {
    for (const [key, c] of Object.entries(PASSING)) {
      const passed = TEST_CASES.filter((t) => t.match(c)).map((t) => t.key);
      expect(passed, key).toEqual(key === "xml" ? ["avtaleforholdValid", "xml"] : key === "avtaleforholdValid" ? ["avtaleforholdValid"] : [key]);
    }
  });

  it("does not pass a case on a near miss", () => {
    const m = (key: string, c: Partial<TRecordedCall>) => findTestCase(key)!.match(call(c));
    // a 404 without OTP-007, and OTP-007 from another operation
    expect(m("deleteUnknown", { method: "DELETE", operation: "delete", status: 404, kode: "OTP-003" })).toBe(false);
    expect(m("deleteUnknown", { status: 404, kode: "OTP-007" })).toBe(false);
    // gyldig false with no months listed is not "the months"
    expect(m("avtaleforholdGaps", { detail: { gyldig: false } })).toBe(false);
    // a virkningsperiode answer does not pass the avtaleforhold case
    expect(m("avtaleforholdValid", { operation: "virkningsperiodeGyldighet", detail: { gyldig: true } })).toBe(false);
    // XML on an error answer, or on a POST, is not "an answer in XML"
    expect(m("xml", { format: "xml", status: 400, kode: "OTP-006" })).toBe(false);
    expect(m("xml", { method: "POST", operation: "create", status: 201, format: "xml" })).toBe(false);
    // OTP-005 for a pensjonsinnretning that is not the caller's is not the wrong rettighetspakke
    expect(m("wrongPakke", { status: 403, kode: "OTP-005" })).toBe(false);
    expect(m("wrongPakke", { method: "POST", path: `${API}/nav/avtaleforhold`, operation: "create", status: 403, kode: "OTP-005" })).toBe(true);
    // the sandbox-only PUT of employer months is no API call
    expect(m("invalid", { method: "PUT", path: "/api/sandbox/opplysningspliktig/1/maaneder", operation: "employerMonths", status: 400, kode: "OTP-006" })).toBe(false);
    expect(m("register", { method: "POST", operation: "create", status: 400, kode: "OTP-006" })).toBe(false);
  });

  it("reads the rettighetspakke from a path", () => {
    expect(pakkeOf(`${API}/otp/avtaleforhold`)).toBe("otp");
    expect(pakkeOf(`${API}/nav/avtaleforhold/virkningsperiode/gyldighet`)).toBe("nav");
    expect(pakkeOf("/api/sandbox/opplysningspliktig/974760673/maaneder")).toBeNull();
  });
});

describe("evaluateRun", () => {
  it("passes each case with its first matching call, in time order, and keeps the months", () => {
    const late = { ...PASSING.register, at: "2026-12-01T11:00:00.000Z", korrelasjonsid: "late" };
    const early = { ...PASSING.register, at: "2026-12-01T09:00:00.000Z", korrelasjonsid: "early" };
    const results = evaluateRun([late, PASSING.avtaleforholdGaps, early]);
    const register = results.find((r) => r.key === "register")!;
    expect(register).toEqual({ key: "register", required: true, passed: true, at: early.at, korrelasjonsid: "early" });
    expect(results.find((r) => r.key === "avtaleforholdGaps")!.maaneder).toEqual(["2022-06", "2022-07"]);
    expect(results.find((r) => r.key === "delete")).toEqual({ key: "delete", required: true, passed: false, at: null, korrelasjonsid: null });
    expect(countPassed(results)).toEqual({ passed: 2, total: TEST_CASES.length, requiredOpen: TEST_CASES.filter((c) => c.required).length - 2 });
    expect(allRequiredPassed(results)).toBe(false);
  });

  it("counts a run passed when every required case passed, the optional one not needed", () => {
    const calls = Object.entries(PASSING).filter(([k]) => k !== "xml").map(([, c]) => c);
    const results = evaluateRun(calls);
    expect(results.find((r) => r.key === "xml")!.passed).toBe(false);
    expect(allRequiredPassed(results)).toBe(true);
    expect(allRequiredPassed(evaluateRun(calls.slice(1)))).toBe(false);
    expect(allRequiredPassed(evaluateRun([]))).toBe(false);
  });
});

describe("the report", () => {
  const results = evaluateRun(Object.values(PASSING).filter((c) => c !== PASSING.xml && c !== PASSING.wrongPakke));
  const report = buildRunReport({
    runId: "run1",
    institution: { name: "Pensjon AS", orgnr: "974760673" },
    startedAt: "2026-12-01T09:00:00.000Z",
    startedBy: "it@pensjon.no",
    reportedAt: "2026-12-01T12:00:00.000Z",
    reportedBy: "it@pensjon.no",
    results,
  });

  it("is valid against its own schema and says whether every required case passed", () => {
    expect(ZRunReportSchema.parse(report)).toEqual(report);
    expect(report.allRequiredPassed).toBe(false);
    const rows = reportRows(report, "en");
    expect(rows.find((r) => r.key === "avtaleforholdGaps")).toMatchObject({ title: "Avtaleforhold: a period with gaps", passed: true, maaneder: ["2022-06", "2022-07"] });
    expect(rows.find((r) => r.key === "wrongPakke")).toMatchObject({ passed: false, korrelasjonsid: "", at: null });
  });

  it("fills C-4's test cases: every required case and every passed one, with its result and day", () => {
    const rows = evidenceTestCases(report, "nb", (iso) => iso.slice(0, 10));
    expect(rows.map((r) => r.name)).not.toContain("Svar i XML");
    expect(rows.find((r) => r.name === "Feil rettighetspakke")).toEqual({ name: "Feil rettighetspakke", result: "not-run", date: "2026-12-01" });
    expect(rows.filter((r) => r.result === "passed")).toHaveLength(9);
  });

  it("links the evidence to the run, and reads the run back only from this institution's report link", () => {
    const url = `https://ajour.example${reportPath("inst1", "run1")}`;
    expect(runIdFromReportUrl(url, "inst1")).toBe("run1");
    expect(runIdFromReportUrl(reportPath("inst1", "run1"), "inst1")).toBe("run1");
    expect(runIdFromReportUrl(url, "inst2")).toBeNull();
    expect(runIdFromReportUrl("https://example.com/rapport.docx", "inst1")).toBeNull();
    expect(runIdFromReportUrl(undefined, "inst1")).toBeNull();
  });

  it("opens the C-7 gate only for an approved C-4 whose reported run passed every required case", () => {
    const passed = { reported: true, allRequiredPassed: true };
    expect(integrationTestGateOpen({ c4Status: "DONE", run: passed })).toBe(true);
    expect(integrationTestGateOpen({ c4Status: "AWAITING_REVIEW", run: passed })).toBe(false);
    expect(integrationTestGateOpen({ c4Status: "DONE", run: { reported: true, allRequiredPassed: false } })).toBe(false);
    expect(integrationTestGateOpen({ c4Status: "DONE", run: { reported: false, allRequiredPassed: true } })).toBe(false);
    expect(integrationTestGateOpen({ c4Status: "DONE", run: null })).toBe(false);
  });
});
