// Institution profile form: the same schema checks the form and the server action.
// Messages are translation keys in the "institution" namespace (errors.*).
import { z } from "zod";
import { normalizeDateInput } from "../format/dates";
import { normalizeOrgnr, orgnrProblem } from "../onboarding/orgnr";
import { zId, zText } from "./text";

const orgnr = z
  .string()
  .trim()
  .min(1, "errors.required")
  .superRefine((value, ctx) => {
    const problem = orgnrProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: `errors.orgnr.${problem}` });
  })
  .transform(normalizeOrgnr);

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v ?? null);

export const ZInstitutionSchema = z
  .object({
    name: zText({ min: 1, max: 200, messages: { required: "errors.required", tooLong: "errors.tooLong" } }),
    orgnr,
    blpMember: checkbox,
    supplierOrgnr: z.preprocess(blankToNull, orgnr.nullable()),
    supplierName: z.preprocess(blankToNull, zText({ max: 200, messages: { tooLong: "errors.tooLong" } }).nullable()),
    targetProductionDate: z.preprocess(
      (v) => normalizeDateInput(blankToNull(v)),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, "errors.date")
        .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "errors.date")
        .nullable(),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.supplierOrgnr && !v.supplierName) {
      ctx.addIssue({ code: "custom", path: ["supplierName"], message: "errors.supplierNameRequired" });
    }
  });

export type TInstitution = z.infer<typeof ZInstitutionSchema>;
/** What a form posts (all strings / booleans) before parsing. */
export type TInstitutionInput = z.input<typeof ZInstitutionSchema>;

export const ZMemberRoleChangeSchema = z.object({
  membershipId: zId(),
  memberRole: z.enum(["OWNER", "MEMBER"]),
});
export type TMemberRoleChange = z.infer<typeof ZMemberRoleChangeSchema>;

export const ZMemberRemoveSchema = z.object({ membershipId: zId() });
export type TMemberRemove = z.infer<typeof ZMemberRemoveSchema>;

/** Flattens a zod error to { field: [messageKey] } for useActionState. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** An owner's request to change what decides the checklist (issue 13): the facts as they should
 * be, and why. */
export const ZInstitutionChangeRequestSchema = z
  .object({
    orgnr,
    blpMember: checkbox,
    supplierOrgnr: z.preprocess(blankToNull, orgnr.nullable()),
    supplierName: z.preprocess(blankToNull, zText({ max: 200, messages: { tooLong: "errors.tooLong" } }).nullable()),
    reason: zText({ min: 1, max: 2000, multiline: true, messages: { required: "errors.required", tooLong: "errors.tooLong" } }),
  })
  .superRefine((v, ctx) => {
    if (v.supplierOrgnr && !v.supplierName) ctx.addIssue({ code: "custom", path: ["supplierName"], message: "errors.supplierNameRequired" });
  });
export type TInstitutionChangeRequest = z.infer<typeof ZInstitutionChangeRequestSchema>;

/** A coordinator's decision on a change request; a rejection says why. */
export const ZChangeDecisionSchema = z
  .object({
    requestId: zId(),
    decision: z.enum(["APPROVE", "REJECT"]),
    note: z.preprocess(blankToNull, zText({ max: 2000, multiline: true, messages: { tooLong: "errors.tooLong" } }).nullable()),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "REJECT" && !v.note) ctx.addIssue({ code: "custom", path: ["note"], message: "errors.rejectReasonRequired" });
  });
export type TChangeDecision = z.infer<typeof ZChangeDecisionSchema>;
