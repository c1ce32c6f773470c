import { describe, expect, it } from "vitest";
import { z } from "zod";
import { STEP_KEYS } from "./catalogue";
import { MASKINPORTEN_SCOPES, MAX_EVIDENCE_ITEMS, MAX_EVIDENCE_TEXT } from "./evidence-primitives";
import { evidenceCompleteness, evidenceFields, evidenceSchema, hasStructuredEvidence, missingEvidenceFor } from "./evidence";

const testCert = { environment: "test", provider: "Buypass", expiresOn: "2027-01-31", reused: false };
const prodCert = { environment: "production", provider: "Commfides", expiresOn: "2027-06-30", reused: true };

describe("evidence schemas and fields", () => {
  it("describes the same top-level fields the draft schema accepts, for every step", () => {
    for (const key of STEP_KEYS) {
      const schema = evidenceSchema(key) as z.ZodObject;
      expect(Object.keys(schema.shape).sort(), key).toEqual(evidenceFields(key).map((f) => f.key).sort());
    }
  });

  it("accepts partial drafts but rejects malformed values", () => {
    expect(evidenceSchema("B-1").safeParse({ appliedOn: "2026-03-01" }).success).toBe(true);
    expect(evidenceSchema("B-1").safeParse({ appliedOn: "2026-02-30" }).success).toBe(false);
    expect(evidenceSchema("C-4").safeParse({ reportUrl: "javascript:alert(1)" }).success).toBe(false);
    expect(evidenceSchema("A-2").safeParse({ certificates: [{ environment: "test" }] }).success).toBe(true);
    expect(evidenceSchema("A-2").safeParse({ certificates: [{ provider: "Acme" }] }).success).toBe(false);
  });

  it("gives note-only steps a free-text note and treats them as complete", () => {
    for (const key of ["A-1", "A-3", "A-8", "C-1", "C-3"]) {
      expect(hasStructuredEvidence(key)).toBe(false);
      expect(evidenceFields(key).map((f) => f.key)).toEqual(["note"]);
      expect(evidenceCompleteness(key, undefined)).toEqual({ complete: true, missing: [] });
    }
    expect(evidenceSchema("A-1").safeParse({ note: "x".repeat(2001) }).success).toBe(false);
  });

  it("describes list items and options for generic forms", () => {
    const certs = evidenceFields("A-2").find((f) => f.key === "certificates")!;
    expect(certs.type).toBe("list");
    expect(certs.itemFields!.map((f) => f.key)).toEqual(["environment", "provider", "expiresOn", "reused"]);
    const scopes = evidenceFields("B-6").find((f) => f.key === "scopes")!;
    expect(scopes.options!.map((o) => o.value)).toEqual([...MASKINPORTEN_SCOPES]);
  });
});

describe("evidenceCompleteness", () => {
  it("A-2: needs a test and a production certificate with provider and expiry", () => {
    expect(evidenceCompleteness("A-2", {})).toEqual({
      complete: false,
      missing: ["certificates.test", "certificates.production"],
    });
    expect(evidenceCompleteness("A-2", { certificates: [testCert] }).missing).toEqual(["certificates.production"]);
    const noExpiry = { ...prodCert, expiresOn: "" };
    expect(evidenceCompleteness("A-2", { certificates: [testCert, noExpiry] }).complete).toBe(false);
    expect(evidenceCompleteness("A-2", { certificates: [testCert, prodCert] })).toEqual({ complete: true, missing: [] });
  });

  it("C-4: needs at least one case, all passed, and a report link", () => {
    expect(evidenceCompleteness("C-4", {}).missing).toEqual(["testCases", "reportUrl"]);
    const passed = { name: "TC-01 hent avtaler", result: "passed", date: "2026-09-01" };
    const failed = { name: "TC-02 inntekt", result: "failed", date: "2026-09-01" };
    expect(evidenceCompleteness("C-4", { testCases: [passed, failed], reportUrl: "https://intranet.example.no/r" }).missing).toEqual([
      "testCases.1.result",
    ]);
    expect(evidenceCompleteness("C-4", { testCases: [passed] }).missing).toEqual(["reportUrl"]);
    expect(evidenceCompleteness("C-4", { testCases: [passed], reportUrl: "https://intranet.example.no/r" }).complete).toBe(true);
  });

  it("B-6 and C-2: complete only with all four scopes", () => {
    const three = MASKINPORTEN_SCOPES.slice(0, 3);
    expect(evidenceCompleteness("B-6", { scopes: three }).missing).toEqual(["scopes.nav:aareg/v1/arbeidsforhold/otp"]);
    expect(evidenceCompleteness("B-6", { scopes: [...MASKINPORTEN_SCOPES] }).complete).toBe(true);
    expect(evidenceCompleteness("C-2", { scopes: [...MASKINPORTEN_SCOPES] }).complete).toBe(true);
    expect(evidenceCompleteness("C-2", { scopes: ["skatteetaten:other"] }).missing).toContain("scopes");
  });

  it("C-6: complete only with all four channels", () => {
    expect(evidenceCompleteness("C-6", { channels: ["SKATTEETATEN", "ALTINN"] }).missing).toEqual([
      "channels.NAV_AAREG",
      "channels.DIGDIR",
    ]);
    expect(evidenceCompleteness("C-6", { channels: ["SKATTEETATEN", "NAV_AAREG", "ALTINN", "DIGDIR"] }).complete).toBe(true);
  });

  it("B-1: an invalid external data processor org number makes it incomplete", () => {
    const base = { appliedOn: "2026-02-01", navReference: "NAV-123", decidedOn: "2026-03-01" };
    expect(evidenceCompleteness("B-1", base).complete).toBe(true);
    expect(evidenceCompleteness("B-1", { ...base, dataProcessorOrgnr: "974 760 673" }).complete).toBe(true);
    expect(evidenceCompleteness("B-1", { ...base, dataProcessorOrgnr: "" }).complete).toBe(true);
    expect(evidenceCompleteness("B-1", { ...base, dataProcessorOrgnr: "974760674" })).toEqual({
      complete: false,
      missing: ["dataProcessorOrgnr"],
    });
    expect(evidenceCompleteness("B-1", { appliedOn: "2026-02-01" }).missing).toEqual(["navReference", "decidedOn"]);
  });

  it("B-2, B-3 and B-5: check answers against the profile when given", () => {
    const b2 = { formVariant: "BLP", sentOn: "2026-01-10", caseReference: "BITS-77" };
    expect(evidenceCompleteness("B-2", b2).complete).toBe(true);
    expect(evidenceCompleteness("B-2", b2, { profile: { blpMember: false, hasSupplier: false } }).missing).toEqual(["formVariant"]);
    const b3 = { performedBy: "institution", doneOn: "2026-01-12" };
    expect(evidenceCompleteness("B-3", b3, { profile: { blpMember: false, hasSupplier: true } }).missing).toEqual(["performedBy"]);
    expect(evidenceCompleteness("B-5", { tt02Access: true }, { profile: { blpMember: false, hasSupplier: false } }).complete).toBe(true);
    expect(evidenceCompleteness("B-5", { tt02Access: true }, { profile: { blpMember: false, hasSupplier: true } }).missing).toEqual(["testUser"]);
    expect(evidenceCompleteness("B-5", { tt02Access: false }).missing).toEqual(["tt02Access"]);
  });

  it("B-7, B-8 and D-2: B-7's TT02 delegations (the matrix, delegation.test.ts), key holder, routines and contact", () => {
    const supplier = { blpMember: true, hasSupplier: true };
    // the old typed-in lists count for nothing: the confirmed cells of the matrix decide
    const all = ["INNTEKTSMOTTAKERE_API", "TJENESTEPENSJONSAVTALE_API", "AAREG_OTP_API", "INNTEKT_API_PAA_VEGNE_AV"];
    expect(evidenceCompleteness("B-7", { delegatedInTest: all, delegatedInProduction: all }, { profile: supplier }).missing).toHaveLength(4);
    const tt02 = all.map((right) => ({ right, environment: "TT02" }));
    expect(evidenceCompleteness("B-7", {}, { profile: supplier, delegations: tt02 }).complete).toBe(true);
    expect(evidenceCompleteness("B-8", { keyObtained: true, obtainedOn: "2026-02-02" }).missing).toEqual(["holder"]);
    expect(evidenceCompleteness("D-2", { routinesInPlace: true, errorContactName: "Kari", errorContactEmail: "nope" }).missing).toEqual([
      "errorContactEmail",
    ]);
  });

  it("never stores a secret field: unknown keys are dropped from the draft", () => {
    const parsed = evidenceSchema("B-8").parse({ keyObtained: true, subscriptionKey: "s3cr3t" }) as Record<string, unknown>;
    expect(parsed).toEqual({ keyObtained: true });
  });

  it("bounds every list and every text before it is stored or rendered (finding 4 of issue 11)", () => {
    expect(MAX_EVIDENCE_ITEMS).toBeLessThanOrEqual(200);
    let lists = 0;
    for (const key of STEP_KEYS) {
      for (const f of evidenceFields(key)) {
        if (f.type !== "list" && f.type !== "multiselect") continue;
        lists++;
        const item = f.type === "list" ? {} : f.options![0].value;
        const at = (n: number) => evidenceSchema(key).safeParse({ [f.key]: Array.from({ length: n }, () => item) });
        expect(at(MAX_EVIDENCE_ITEMS).success, `${key} ${f.key}`).toBe(true);
        const over = at(MAX_EVIDENCE_ITEMS + 1);
        expect(over.success, `${key} ${f.key}`).toBe(false);
        expect(over.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([[f.key, "errors.tooMany"]]);
      }
    }
    expect(lists).toBeGreaterThanOrEqual(5); // certificates, scopes, Altinn rights (2), test cases, channels
    // 2,000 test cases on C-4 (4.5 MB step page in the finding) are refused
    const c4 = evidenceSchema("C-4").safeParse({ testCases: Array.from({ length: 2000 }, (_, i) => ({ name: `t${i}`, result: "passed" })) });
    expect(c4.success).toBe(false);
    // every free text has a maximum, links and e-mail addresses too
    const long = "x".repeat(MAX_EVIDENCE_TEXT + 1);
    expect(evidenceSchema("C-4").safeParse({ reportUrl: `https://example.org/${long}` }).success).toBe(false);
    expect(evidenceSchema("D-2").safeParse({ errorContactEmail: `${long}@example.org` }).success).toBe(false);
    expect(evidenceSchema("A-1").safeParse({ note: long }).success).toBe(false);
  });
});


describe("missingEvidenceFor (the step form's live list and the server's refusal)", () => {
  it("names nothing for a status that needs no evidence", () => {
    expect(missingEvidenceFor("A-2", "IN_PROGRESS", {})).toEqual([]);
    expect(missingEvidenceFor("A-2", "", {})).toEqual([]);
    expect(missingEvidenceFor("A-2", "BLOCKED", {})).toEqual([]);
  });
  it("names what DONE and AWAITING_REVIEW still lack, as evidenceCompleteness does", () => {
    const missing = missingEvidenceFor("A-2", "DONE", {});
    expect(missing.length).toBeGreaterThan(0);
    expect(missing).toEqual(evidenceCompleteness("A-2", {}).missing);
    expect(missingEvidenceFor("C-4", "AWAITING_REVIEW", { testCases: [] })).toEqual(evidenceCompleteness("C-4", { testCases: [] }).missing);
  });
  it("shrinks as the user fills fields in, and is empty when complete", () => {
    const partial = missingEvidenceFor("A-2", "DONE", { certificates: [{ environment: "test", provider: "Buypass", expiresOn: "2030-01-01" }] });
    expect(partial.length).toBeLessThan(missingEvidenceFor("A-2", "DONE", {}).length);
    const note = missingEvidenceFor("A-1", "DONE", {});
    expect(note).toEqual([]);
  });
});
