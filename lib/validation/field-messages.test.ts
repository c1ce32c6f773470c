// No field of Ajour's forms answers the common mistakes with the generic "invalid value": each
// refused value maps (lib/validation/field-message) to a sentence that says what is wrong and how
// to fix it, in both languages. The schemas are the real ones the forms and actions use.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { evidenceFields, evidenceSchema } from "../onboarding";
import { STEP_KEYS } from "../onboarding/catalogue";
import { ZChangePasswordSchema } from "./account";
import { ZStepCommentSchema, ZUpdateStepSchema } from "./checklist";
import { fieldMessageKey, messageAt } from "./field-message";
import { ZInstitutionSchema } from "./institution";
import { ZAcceptNewUserSchema, ZCoordinatorInvitationSchema, ZInstitutionInvitationSchema } from "./invitation";
import { ZSandboxEmployerFormSchema, ZSandboxTokenCreateSchema } from "./sandbox";
import nbInstitution from "../../messages/nb/institution.json";
import enInstitution from "../../messages/en/institution.json";
import nbAdmin from "../../messages/nb/admin.json";
import enAdmin from "../../messages/en/admin.json";
import nbChecklist from "../../messages/nb/checklist.json";
import enChecklist from "../../messages/en/checklist.json";
import nbAccount from "../../messages/nb/account.json";
import enAccount from "../../messages/en/account.json";
import nbSandbox from "../../messages/nb/sandbox.json";
import enSandbox from "../../messages/en/sandbox.json";

type Case = { input: Record<string, unknown>; field: string };

/** The messages a form's fields show for `schema` refusing `input` (per language). */
function messagesFor(schema: z.ZodType, input: Record<string, unknown>, errors: unknown[]) {
  const parsed = schema.safeParse(input);
  expect(parsed.success, JSON.stringify(input)).toBe(false);
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((issue) => {
    const field = String(issue.path[0] ?? "");
    return errors.map((ns) => {
      const key = fieldMessageKey((k) => messageAt(ns, k) !== undefined, issue.message, field);
      return { field, key, text: messageAt(ns, key) };
    });
  });
}

const generic = (ns: unknown) => messageAt(ns, "invalid");
const GENERIC_WORDS = [/^Ugyldig verdi\.?$/, /^Invalid value\.?$/, /^Feltet må fylles ut\.?$/, /^Må fylles ut\.?$/, /^Required\.?$/];

function expectSpecific(schema: z.ZodType, cases: Case[], namespaces: unknown[]) {
  for (const c of cases) {
    const said = messagesFor(schema, c.input, namespaces).filter((m) => m.field === c.field);
    expect(said.length, `${c.field} is refused for ${JSON.stringify(c.input)}`).toBeGreaterThan(0);
    for (const [i, m] of said.entries()) {
      const ns = namespaces[i % namespaces.length];
      expect(m.text, `${c.field}: ${m.key}`).toBeTruthy();
      expect(m.key).not.toBe("invalid");
      expect(m.text).not.toBe(generic(ns));
      for (const w of GENERIC_WORDS) expect(m.text).not.toMatch(w);
    }
  }
}

const institution = { name: "Fjordkyst", orgnr: "974760673", blpMember: false, supplierOrgnr: "", supplierName: "", targetProductionDate: "" };

describe("field messages say what is wrong and how to fix it", () => {
  it("institution form: name, org numbers, supplier, date", () => {
    expectSpecific(ZInstitutionSchema, [
      { input: { ...institution, name: "" }, field: "name" },
      { input: { ...institution, name: "x".repeat(201) }, field: "name" },
      { input: { ...institution, orgnr: "" }, field: "orgnr" },
      { input: { ...institution, orgnr: "12345" }, field: "orgnr" },
      { input: { ...institution, orgnr: "97476067a" }, field: "orgnr" },
      { input: { ...institution, orgnr: "974760674" }, field: "orgnr" },
      { input: { ...institution, supplierOrgnr: "123" }, field: "supplierOrgnr" },
      { input: { ...institution, supplierOrgnr: "974760673", supplierName: "" }, field: "supplierName" },
      { input: { ...institution, targetProductionDate: "31.02.2026" }, field: "targetProductionDate" },
      { input: { ...institution, name: "a\u0000b" }, field: "name" },
    ], [nbInstitution.errors, enInstitution.errors]);
  });

  it("invitation and accept forms", () => {
    expectSpecific(ZInstitutionInvitationSchema, [
      { input: { email: "", institutionId: "x", memberRole: "MEMBER" }, field: "email" },
      { input: { email: "not-an-address", institutionId: "x", memberRole: "MEMBER" }, field: "email" },
      { input: { email: "a@b.no", institutionId: "", memberRole: "MEMBER" }, field: "institutionId" },
    ], [nbAdmin.errors, enAdmin.errors]);
    expectSpecific(ZCoordinatorInvitationSchema, [{ input: { email: "a@b.no", role: "KING" }, field: "role" }], [nbAdmin.errors, enAdmin.errors]);
    expectSpecific(ZAcceptNewUserSchema, [
      { input: { token: "t", name: "", password: "correct horse battery", repeat: "correct horse battery" }, field: "name" },
      { input: { token: "t", name: "Ola", password: "short", repeat: "short" }, field: "password" },
      { input: { token: "t", name: "Ola", password: "correct horse battery", repeat: "other" }, field: "repeat" },
    ], [nbAdmin.errors, enAdmin.errors]);
  });

  it("change password", () => {
    expectSpecific(ZChangePasswordSchema, [
      { input: { currentPassword: "", newPassword: "correct horse battery", repeatPassword: "correct horse battery" }, field: "currentPassword" },
      { input: { currentPassword: "old one", newPassword: "short", repeatPassword: "short" }, field: "newPassword" },
      { input: { currentPassword: "old one", newPassword: "correct horse battery", repeatPassword: "x" }, field: "repeatPassword" },
    ], [nbAccount.errors, enAccount.errors]);
  });

  it("sandbox forms", () => {
    expectSpecific(ZSandboxTokenCreateSchema, [{ input: { name: "" }, field: "name" }, { input: { name: "x".repeat(101) }, field: "name" }], [nbSandbox.errors, enSandbox.errors]);
    expectSpecific(ZSandboxEmployerFormSchema, [
      { input: { opplysningspliktig: "123", ranges: "" }, field: "opplysningspliktig" },
      { input: { opplysningspliktig: "974760673", ranges: "mars 2022" }, field: "ranges" },
    ], [nbSandbox.errors, enSandbox.errors]);
  });

  it("step form and comments", () => {
    const errors = [nbChecklist.form.errors, enChecklist.form.errors];
    expectSpecific(ZUpdateStepSchema, [
      { input: { expectedVersion: 0, dueDate: "31.02.2026" }, field: "dueDate" },
      { input: { expectedVersion: 0, comment: "x".repeat(4001) }, field: "comment" },
      { input: { expectedVersion: 0, reason: "x".repeat(2001) }, field: "reason" },
    ], errors);
    expectSpecific(ZStepCommentSchema, [{ input: { body: "" }, field: "body" }, { input: { body: "x".repeat(4001) }, field: "body" }], errors);
  });

  it("every evidence field of every step: a malformed date, link, e-mail, org number or an overlong text", () => {
    const bad: Record<string, unknown> = { date: "31.13.2026", url: "www.example.no", email: "ola(at)example.no", orgnr: "123456789", text: "x".repeat(3000), textarea: "x".repeat(5000) };
    const errors = [nbChecklist.form.errors, enChecklist.form.errors];
    let checked = 0;
    for (const key of STEP_KEYS) {
      for (const f of evidenceFields(key)) {
        const fieldsOf = f.type === "list" ? (f.itemFields ?? []).map((i) => ({ i, wrap: (v: unknown) => ({ [f.key]: [{ [i.key]: v }] }) })) : [{ i: f, wrap: (v: unknown) => ({ [f.key]: v }) }];
        for (const { i, wrap } of fieldsOf) {
          if (!(i.type in bad)) continue;
          const parsed = evidenceSchema(key).safeParse(wrap(bad[i.type]));
          expect(parsed.success, `${key} ${f.key}.${i.key}`).toBe(false);
          if (parsed.success) continue;
          for (const issue of parsed.error.issues) {
            // the server passes "errors.*" keys through (lib/server/checklist/step-change.ts)
            expect(issue.message, `${key} ${f.key}.${i.key}`).toMatch(/^errors\./);
            for (const ns of errors) {
              const text = messageAt(ns, issue.message.replace(/^errors\./, ""));
              expect(text, issue.message).toBeTruthy();
              expect(text).not.toBe(generic(ns));
            }
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
