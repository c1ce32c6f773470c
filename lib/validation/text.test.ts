// Finding 5 of issue 11: NUL characters and lone UTF-16 surrogates (and other control characters)
// are refused by every schema that takes free text, as a field error, before anything is stored.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { evidenceFields, evidenceSchema, STEP_KEYS, type TEvidenceField } from "../onboarding";
import { ZAvtaleforholdDeleteSchema, ZAvtaleforholdPostSchema, ZPairInputSchema } from "../rules";
import { ZActivityFilterSchema } from "./activity";
import { ZAuditFilterSchema } from "./audit";
import { ZOverviewFilterSchema, ZStepCommentSchema, ZUpdateStepSchema } from "./checklist";
import { ZInstitutionSchema, ZMemberRemoveSchema, ZMemberRoleChangeSchema } from "./institution";
import { ZAcceptNewUserSchema, ZInstitutionInvitationSchema } from "./invitation";
import { ZSandboxAgreementDeleteSchema, ZSandboxTokenCreateSchema, ZSandboxTokenRevokeSchema } from "./sandbox";
import { ZTestScenarioDeleteSchema, ZTestScenarioSaveFormSchema } from "./test-scenario";
import { textProblem, zText } from "./text";
import { ZUserDisableSchema, ZUserRoleChangeSchema } from "./user";

const BAD = { NUL: "a\u0000b", "lone high surrogate": "a\ud800b", "lone low surrogate": "\udc00", "escape (C0)": "a\u001bb", DEL: "a\u007f" } as const;

const agreement = { avtalereferanse: "ref-1", fraOgMed: "2022-01", opplysningspliktig: { norskIdentifikator: "974760673" } };
const scenario = (ref: string) => JSON.stringify({ orgnr: "", months: [], agreements: [{ avtalereferanse: ref, fraOgMed: "2022-01" }] });

// schema, a valid input, and how to put a bad text into it (the field the error must name)
const CASES: { name: string; schema: z.ZodType; valid: Record<string, unknown>; field: string; put?: (bad: string) => Record<string, unknown> }[] = [
  { name: "step comment", schema: ZStepCommentSchema, valid: { body: "Hei" }, field: "body" },
  { name: "step change reason", schema: ZUpdateStepSchema, valid: { expectedVersion: "0", reason: "fordi" }, field: "reason" },
  { name: "step change comment", schema: ZUpdateStepSchema, valid: { expectedVersion: "0", comment: "ok" }, field: "comment" },
  { name: "overview search", schema: ZOverviewFilterSchema, valid: { q: "fjord" }, field: "q" },
  { name: "institution name", schema: ZInstitutionSchema, valid: { name: "Pensjon", orgnr: "974760673" }, field: "name" },
  { name: "supplier name", schema: ZInstitutionSchema, valid: { name: "P", orgnr: "974760673", supplierOrgnr: "889640782", supplierName: "Lev" }, field: "supplierName" },
  { name: "new user's name", schema: ZAcceptNewUserSchema, valid: { token: "t", name: "Kari", password: "et-langt-passord", repeat: "et-langt-passord" }, field: "name" },
  { name: "sandbox token name", schema: ZSandboxTokenCreateSchema, valid: { name: "CI" }, field: "name" },
  { name: "test scenario name", schema: ZTestScenarioSaveFormSchema, valid: { name: "Mitt", scenario: scenario("a") }, field: "name" },
  { name: "test scenario's avtalereferanse", schema: ZTestScenarioSaveFormSchema, valid: { name: "Mitt", scenario: scenario("a") }, field: "scenario", put: (bad) => ({ name: "Mitt", scenario: scenario(bad) }) },
  { name: "API avtalereferanse (POST)", schema: ZAvtaleforholdPostSchema, valid: agreement, field: "avtalereferanse" },
  { name: "API avtalereferanse (DELETE)", schema: ZAvtaleforholdDeleteSchema, valid: { avtalereferanse: "r", opplysningspliktig: agreement.opplysningspliktig }, field: "avtalereferanse" },
  { name: "rules input avtalereferanse", schema: ZPairInputSchema, valid: { employerMonths: [], agreements: [] }, field: "agreements", put: (bad) => ({ employerMonths: [], agreements: [{ avtalereferanse: bad, fraOgMed: "2022-01" }] }) },
  { name: "audit filter actor", schema: ZAuditFilterSchema, valid: { actor: "kari" }, field: "actor" },
  { name: "activity filter q", schema: ZActivityFilterSchema, valid: { q: "fjord" }, field: "q" },
  { name: "membership id (role)", schema: ZMemberRoleChangeSchema, valid: { membershipId: "cm1", memberRole: "OWNER" }, field: "membershipId" },
  { name: "membership id (remove)", schema: ZMemberRemoveSchema, valid: { membershipId: "cm1" }, field: "membershipId" },
  { name: "invitation institution id", schema: ZInstitutionInvitationSchema, valid: { email: "a@b.no", institutionId: "cm1", memberRole: "MEMBER" }, field: "institutionId" },
  { name: "user id (disable)", schema: ZUserDisableSchema, valid: { userId: "cm1", disabled: "true" }, field: "userId" },
  { name: "user id (role)", schema: ZUserRoleChangeSchema, valid: { userId: "cm1", role: "ADMIN" }, field: "userId" },
  { name: "sandbox token id", schema: ZSandboxTokenRevokeSchema, valid: { tokenId: "cm1" }, field: "tokenId" },
  { name: "sandbox agreement id", schema: ZSandboxAgreementDeleteSchema, valid: { agreementId: "cm1" }, field: "agreementId" },
  { name: "test scenario id", schema: ZTestScenarioDeleteSchema, valid: { scenarioId: "cm1" }, field: "scenarioId" },
];

// every text field of every step's evidence, lists included
function textPaths(fields: readonly TEvidenceField[]): { path: string[]; value: (bad: string) => unknown }[] {
  const out: { path: string[]; value: (bad: string) => unknown }[] = [];
  for (const f of fields) {
    if (f.type === "text" || f.type === "textarea") out.push({ path: [f.key], value: (bad) => bad });
    if (f.type === "list") {
      for (const sub of f.itemFields ?? []) {
        if (sub.type === "text" || sub.type === "textarea") out.push({ path: [f.key, "0", sub.key], value: (bad) => [{ [sub.key]: bad }] });
      }
    }
  }
  return out;
}
for (const key of STEP_KEYS) {
  for (const p of textPaths(evidenceFields(key))) {
    CASES.push({ name: `evidence ${key} ${p.path.join(".")}`, schema: evidenceSchema(key), valid: {}, field: p.path[0], put: (bad) => ({ [p.path[0]]: p.value(bad) }) });
  }
}

describe("every free-text schema refuses NUL, lone surrogates and control characters", () => {
  it("covers every step's evidence text fields (note, C-4 test case names, …)", () => {
    const names = CASES.map((c) => c.name);
    expect(names).toContain("evidence C-4 testCases.0.name");
    expect(names.filter((n) => n.endsWith(" note")).length).toBe(STEP_KEYS.length);
  });

  for (const c of CASES) {
    describe(c.name, () => {
      it("accepts the valid input", () => expect(c.schema.safeParse(c.valid).success).toBe(true));
      for (const [label, bad] of Object.entries(BAD)) {
        it(`refuses ${label} as an error on ${c.field}`, () => {
          const r = c.schema.safeParse(c.put ? c.put(bad) : { ...c.valid, [c.field]: bad });
          expect(r.success).toBe(false);
          expect(r.error!.issues.map((i) => String(i.path[0]))).toContain(c.field);
        });
      }
    });
  }

  it("a filter that catches its errors drops the bad value (no filter) instead", async () => {
    const { ZUserFilterSchema } = await import("./user");
    expect(ZUserFilterSchema.parse({ q: BAD.NUL })).toEqual({ q: undefined });
  });

  it("multi-line text keeps tab and line breaks (a browser sends CRLF); a single line does not", () => {
    expect(ZStepCommentSchema.parse({ body: "en\r\nto\tTre" })).toEqual({ body: "en\r\nto\tTre" });
    expect(ZSandboxTokenCreateSchema.safeParse({ name: "a\tb" }).success).toBe(false);
    expect(zText({ max: 10 }).safeParse("a\u0000").error?.issues[0].message).toBe("errors.characters");
    expect(textProblem("emoji 😀 ok")).toBeNull(); // a surrogate pair is well-formed
    expect(textProblem("\ud83d")).toBe("surrogate");
  });
});
