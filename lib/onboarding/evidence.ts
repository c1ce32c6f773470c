// Public face of step evidence: the lenient draft schema a form saves with, the field list a
// UI renders, and the completeness check that refuses DONE (or review) while something is missing.
import { z } from "zod";
import { NOTE_FIELD, zText, type TEvidenceContext, type TEvidenceField, type TEvidenceSpec } from "./evidence-primitives";
import { missingDelegationKeys } from "./delegation";
import { SPECS_AB } from "./evidence-specs-ab";
import { SPECS_CD } from "./evidence-specs-cd";
import { statusNeedsEvidence } from "./step-rules";
import type { TStepStatus } from "./types";

/** Steps without structured evidence (A-1, A-3…A-8, C-1, C-3, and any key we do not know)
 * take an optional free-text note and are trivially complete. */
const NOTE_ONLY: TEvidenceSpec = {
  fields: [NOTE_FIELD],
  schema: z.object({ note: zText(2000, true) }),
  missing: () => [],
};

const SPECS: Readonly<Record<string, TEvidenceSpec>> = { ...SPECS_AB, ...SPECS_CD };

function specFor(stepKey: string): TEvidenceSpec {
  return SPECS[stepKey] ?? NOTE_ONLY;
}

/** Steps whose evidence has structured fields beyond a note. */
export function hasStructuredEvidence(stepKey: string): boolean {
  return stepKey in SPECS;
}

/** The lenient draft schema: every field optional, blank text counts as absent, but a value
 * that is present must be well-formed (dates YYYY-MM-DD, org numbers modulus-11, https URLs). */
export function evidenceSchema(stepKey: string): z.ZodType {
  return specFor(stepKey).schema;
}

/** Field descriptions for rendering a form generically. */
export function evidenceFields(stepKey: string): readonly TEvidenceField[] {
  return specFor(stepKey).fields;
}

export interface TEvidenceCompleteness {
  complete: boolean;
  /** Machine keys of fields that are missing or invalid, e.g. "certificates.production". */
  missing: string[];
}

/** Parses leniently: a top-level field that fails validation is dropped and reported. */
export function parseEvidenceDraft(stepKey: string, evidence: unknown): { data: Record<string, unknown>; invalid: string[] } {
  const schema = specFor(stepKey).schema;
  const input: Record<string, unknown> =
    evidence && typeof evidence === "object" && !Array.isArray(evidence) ? { ...(evidence as Record<string, unknown>) } : {};
  const first = schema.safeParse(input);
  if (first.success) return { data: first.data as Record<string, unknown>, invalid: [] };
  const invalid = [...new Set(first.error.issues.map((i) => String(i.path[0] ?? "")).filter(Boolean))];
  for (const k of invalid) delete input[k];
  const second = schema.safeParse(input);
  return { data: second.success ? (second.data as Record<string, unknown>) : {}, invalid };
}

/** Whether the evidence allows DONE. Invalid fields count as missing. Pass the institution's
 * profile to also check answers that must match it (B-2 form variant, B-3 doer, B-5 test user). */
export function evidenceCompleteness(
  stepKey: string,
  evidence: unknown,
  ctx: TEvidenceContext = {},
): TEvidenceCompleteness {
  const { data, invalid } = parseEvidenceDraft(stepKey, evidence);
  // with a supplier, B-7 and C-7 also wait for their column of the delegation matrix (DELEGATION_GATES)
  const missing = [...new Set([...invalid, ...specFor(stepKey).missing(data, ctx), ...missingDelegationKeys(stepKey, ctx.profile, ctx.delegations)])];
  return { complete: missing.length === 0, missing };
}

/**
 * What still keeps `stepKey` from getting status `to` for lack of evidence: the machine keys of
 * evidenceCompleteness, or [] when `to` needs no evidence. The server refuses with this list
 * (EVIDENCE_INCOMPLETE) and the step form shows it live before a submit, so both name the same.
 */
export function missingEvidenceFor(stepKey: string, to: TStepStatus | "" | undefined, evidence: unknown, ctx: TEvidenceContext = {}): string[] {
  if (!statusNeedsEvidence(to)) return [];
  return evidenceCompleteness(stepKey, evidence, ctx).missing;
}
