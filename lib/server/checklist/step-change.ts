// Pure: decides what an update of one step becomes, enforcing every rule of lib/onboarding
// (who may change what, prerequisites, evidence completeness, review, override). Throws
// AppError("INVALID") with the rule code and the field it concerns; persistence is elsewhere.
import { AppError } from "../../errors/app-error";
import {
  canChangeStep,
  canEditStep,
  missingEvidenceFor,
  evidenceSchema,
  isCoordinator,
  STEP_RULE_MESSAGES,
  type TActor,
  type TDelegationCell,
  type TDerivedStep,
  type TInstitutionProfile,
  type TStepRuleCode,
  type TStepStatus,
} from "../../onboarding";
import { stableJson } from "../../onboarding/stable-json";

export interface TStepSnapshot {
  status: TStepStatus;
  evidence: unknown;
  dueDate: string | null;
  reason: string | null;
}

export interface TStepPatch {
  status?: TStepStatus;
  evidence?: unknown;
  /** null clears the due date. */
  dueDate?: string | null;
  reason?: string | null;
  comment?: string | null;
}

export type TCommentKind = "COMMENT" | "REVIEW_RETURNED" | "REVIEW_APPROVED";

export interface TStepDecision {
  changed: boolean;
  next: TStepSnapshot;
  override: boolean;
  comment: { kind: TCommentKind; body: string } | null;
}

const RULE_FIELD: Partial<Record<TStepRuleCode, string>> = {
  REASON_REQUIRED: "reason",
  OVERRIDE_REASON_REQUIRED: "reason",
  COMMENT_REQUIRED: "comment",
  EVIDENCE_INCOMPLETE: "evidence",
  PREREQUISITES_OPEN: "status",
  INTEGRATION_TEST_OVERRIDE_REASON_REQUIRED: "reason",
  INTEGRATION_TEST_REQUIRED: "status",
};

export function ruleError(code: TStepRuleCode, extra: Record<string, unknown> = {}): AppError {
  const field = RULE_FIELD[code];
  return new AppError("INVALID", code, { rule: code, message: STEP_RULE_MESSAGES[code], ...(field ? { fieldErrors: { [field]: [code] } } : {}), ...extra });
}

export function parseEvidence(stepKey: string, evidence: unknown): Record<string, unknown> {
  const parsed = evidenceSchema(stepKey).safeParse(evidence ?? {});
  if (parsed.success) return JSON.parse(JSON.stringify(parsed.data ?? {})) as Record<string, unknown>;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    // a message key of the form ("errors.characters") says why; zod's own messages do not translate
    fieldErrors[["evidence", ...issue.path.map(String)].join(".")] = [issue.message.startsWith("errors.") ? issue.message : "invalid"];
  }
  throw new AppError("INVALID", "EVIDENCE_INVALID", { fieldErrors });
}

const clean = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

export function decideStepChange(opts: {
  actor: TActor;
  institutionId: string;
  derived: TDerivedStep;
  profile: TInstitutionProfile;
  /** B-7's delegation matrix (B-7 and C-7 wait for a column of it with a supplier); absent = none. */
  delegations?: readonly TDelegationCell[];
  current: TStepSnapshot;
  patch: TStepPatch;
  /** for a step gated on the integration test (C-7): whether its gate is open */
  integrationTestPassed?: boolean;
}): TStepDecision {
  const { actor, institutionId, derived, current, patch } = opts;
  const step = derived.step;
  if (!derived.applicable) throw new AppError("INVALID", "STEP_NOT_APPLICABLE", { rule: "STEP_NOT_APPLICABLE" });
  const evidence = patch.evidence === undefined ? current.evidence ?? {} : parseEvidence(step.key, patch.evidence);
  const dueDate = patch.dueDate === undefined ? current.dueDate : patch.dueDate;
  const reasonIn = clean(patch.reason);
  const commentIn = clean(patch.comment);
  const to = patch.status ?? current.status;
  const statusChanged = to !== current.status;
  const edited = stableJson(evidence) !== stableJson(current.evidence ?? {}) || dueDate !== current.dueDate ||
    (!statusChanged && patch.reason !== undefined && reasonIn !== current.reason);

  let override = false;
  let reason = current.reason;
  const comment: TStepDecision["comment"] = commentIn ? { kind: "COMMENT", body: commentIn } : null;
  if (statusChanged) {
    // one evidence check per save: [] when `to` needs no evidence (the rule only asks then)
    const missing = missingEvidenceFor(step.key, to, evidence, { profile: opts.profile, delegations: opts.delegations });
    const result = canChangeStep(actor, step, current.status, to, {
      institutionId,
      prerequisitesClosed: derived.prerequisitesClosed,
      evidenceComplete: missing.length === 0,
      reason: reasonIn ?? commentIn ?? undefined,
      returned: derived.display === "RETURNED",
      integrationTestPassed: opts.integrationTestPassed,
    });
    if (!result.ok) throw ruleError(result.code, result.code === "EVIDENCE_INCOMPLETE" ? { missing } : {});
    override = result.override;
    reason = to === "BLOCKED" || to === "NOT_APPLICABLE" || override ? reasonIn ?? commentIn : null;
  } else if (edited) {
    if (!canEditStep(actor, step, current.status, institutionId)) {
      throw ruleError(step.performer === "BITS" && !isCoordinator(actor) ? "BITS_STEP" : "NOT_ALLOWED");
    }
    if (patch.reason !== undefined) reason = reasonIn;
    if ((current.status === "BLOCKED" || current.status === "NOT_APPLICABLE") && !reason) throw ruleError("REASON_REQUIRED");
  }
  return { changed: statusChanged || edited, next: { status: to, evidence, dueDate, reason }, override, comment };
}
