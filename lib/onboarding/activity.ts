// Pure: turns one audit event into an entry of the activity feed — what happened, in words the
// people doing the work use ("Kari satte A-2 til Ferdig", "Bits sendte C-4 tilbake: …"). The
// audit trail records everything; the feed shows only the work on institutions (FEED_ACTIONS):
// never sign-ins, refused attempts or user administration.
import { delegationRightName, isDelegationRight } from "./delegation";
import { stableJson } from "./stable-json";
import { ZStepStatusSchema, type TLocalized, type TStepStatus } from "./types";

/** Audit actions the feed shows. Everything else (access.denied, user.sign-in, user.*) never appears. */
export const FEED_ACTIONS = [
  "step.update",
  "step.comment",
  "member.add",
  "member.remove",
  "member.role.change",
  "invitation.create",
  "institution.create",
  "institution.update",
  "sandbox.token.create",
  "sandbox.token.revoke",
  "sandbox.employer.set",
  "sandbox.employer.remove",
  "sandbox.agreement.delete",
  "testScenario.saved",
  "testScenario.deleted",
  "invitation.resend",
  "invitation.revoke",
  "institution.change.request",
  "institution.change.approve",
  "institution.change.reject",
  "step.certificate.upload",
  "step.token.check",
  "step.delegation.confirm",
  "step.delegation.unconfirm",
] as const;
export type TFeedAction = (typeof FEED_ACTIONS)[number];

/** The feed's filter categories. */
export const ACTIVITY_KINDS = ["STATUS", "REVIEW", "COMMENT", "EVIDENCE", "OTHER"] as const;
export type TActivityKind = (typeof ACTIVITY_KINDS)[number];

export type TActivityType =
  | "STATUS_CHANGED"
  | "REVIEW_APPROVED"
  | "REVIEW_RETURNED"
  | "COMMENTED"
  | "EVIDENCE_UPDATED"
  | "DUE_DATE_SET"
  | "DUE_DATE_CLEARED"
  | "REASON_UPDATED"
  | "MEMBER_JOINED"
  | "MEMBER_REMOVED"
  | "MEMBER_ROLE_CHANGED"
  | "MEMBER_INVITED"
  | "INSTITUTION_CREATED"
  | "INSTITUTION_UPDATED"
  | "SANDBOX_TOKEN_CREATED"
  | "SANDBOX_TOKEN_REVOKED"
  | "SANDBOX_EMPLOYER_SET"
  | "SANDBOX_EMPLOYER_REMOVED"
  | "SANDBOX_AGREEMENT_DELETED"
  | "TEST_SCENARIO_SAVED"
  | "TEST_SCENARIO_DELETED"
  | "INVITATION_RESENT"
  | "INVITATION_WITHDRAWN"
  | "CHANGE_REQUESTED"
  | "CHANGE_APPROVED"
  | "CHANGE_REJECTED"
  | "CERTIFICATE_CHECKED"
  | "TOKEN_CHECKED"
  | "DELEGATION_CONFIRMED"
  | "DELEGATION_UNCONFIRMED";

/** Changes of a step update besides the one the entry is about ("also: evidence updated"). */
export type TStepSideChange = "EVIDENCE_UPDATED" | "DUE_DATE_SET" | "DUE_DATE_CLEARED" | "REASON_UPDATED";

export interface TFeedAuditEvent {
  id: string;
  at: Date | string;
  actor: string;
  action: string;
  subject: string;
  institutionId: string | null;
  before: unknown;
  after: unknown;
}

export interface TActivityEntry {
  id: string;
  /** ISO instant */
  at: string;
  /** The audit actor (an e-mail address); the server swaps in the person's name. */
  actor: string;
  institutionId: string | null;
  kind: TActivityKind;
  type: TActivityType;
  stepKey: string | null;
  stepTitle: TLocalized | null;
  from: TStepStatus | null;
  to: TStepStatus | null;
  /** A coordinator overrode a step rule (the reason is in the excerpt). */
  override: boolean;
  /** The comment, review note or reason, shortened. */
  excerpt: string | null;
  /** The new due date (DUE_DATE_SET and as side change). */
  dueDate: string | null;
  also: TStepSideChange[];
  /** Member and invitation entries: the member role; token entries: the token's name; sandbox data:
   * the employer's org number; test scenarios: the scenario's name. */
  detail: string | null;
}

export const EXCERPT_LENGTH = 140;

/** Whitespace collapsed, cut at a word boundary near `max` characters, with "…" when cut. */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const record = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);
const status = (v: unknown): TStepStatus | null => {
  const parsed = ZStepStatusSchema.safeParse(v);
  return parsed.success ? parsed.data : null;
};

/** "step:<institutionId>:<key>" → key */
export function stepKeyOfSubject(subject: string): string | null {
  const m = /^step:[^:]+:([A-Z]-\d+)$/.exec(subject);
  return m ? m[1] : null;
}

function sideChanges(before: Record<string, unknown>, after: Record<string, unknown>): TStepSideChange[] {
  const out: TStepSideChange[] = [];
  if (stableJson(before.evidence ?? null) !== stableJson(after.evidence ?? null)) out.push("EVIDENCE_UPDATED");
  if ((before.dueDate ?? null) !== (after.dueDate ?? null)) out.push(after.dueDate ? "DUE_DATE_SET" : "DUE_DATE_CLEARED");
  if ((before.reason ?? null) !== (after.reason ?? null) && before.status === after.status) out.push("REASON_UPDATED");
  return out;
}

/**
 * The feed entry of one audit event, or null when the feed does not show it.
 * `stepTitle` names a step key (the institution's catalogue version, retired steps included).
 *
 * Kinds (the SQL in lib/server/activity/list-activity.ts classifies the same way):
 * step.comment → COMMENT; step.update with a review note → REVIEW; else with a status change →
 * STATUS; else with changed evidence → EVIDENCE; everything else → OTHER.
 */
export function activityEntry(e: TFeedAuditEvent, stepTitle: (key: string) => TLocalized | null = () => null): TActivityEntry | null {
  if (!(FEED_ACTIONS as readonly string[]).includes(e.action)) return null;
  const action = e.action as TFeedAction;
  const before = record(e.before);
  const after = record(e.after);
  const stepKey = action.startsWith("step.") ? stepKeyOfSubject(e.subject) : null;
  const base: TActivityEntry = {
    id: e.id,
    at: typeof e.at === "string" ? e.at : e.at.toISOString(),
    actor: e.actor,
    institutionId: e.institutionId,
    kind: "OTHER",
    type: "INSTITUTION_UPDATED",
    stepKey,
    stepTitle: stepKey ? stepTitle(stepKey) : null,
    from: null,
    to: null,
    override: false,
    excerpt: null,
    dueDate: null,
    also: [],
    detail: null,
  };
  switch (action) {
    case "step.comment": {
      // add-step-comment writes { body }; a comment-only step update writes { comment: { body } }
      const body = text(after.body) ?? text(record(after.comment).body);
      return { ...base, kind: "COMMENT", type: "COMMENTED", excerpt: body ? excerpt(body) : null };
    }
    case "step.update":
      return stepUpdateEntry(base, before, after);
    case "member.add":
      return { ...base, type: "MEMBER_JOINED", detail: text(after.memberRole) };
    case "member.remove":
      return { ...base, type: "MEMBER_REMOVED", detail: text(before.memberRole) };
    case "member.role.change":
      return { ...base, type: "MEMBER_ROLE_CHANGED", detail: text(after.memberRole) };
    case "invitation.create":
      // the invitee's address stays in the audit trail: they are not a member (yet)
      return { ...base, type: "MEMBER_INVITED", detail: text(after.memberRole) };
    case "institution.create":
      return { ...base, type: "INSTITUTION_CREATED" };
    case "institution.update":
      return { ...base, type: "INSTITUTION_UPDATED" };
    case "sandbox.token.create":
      return { ...base, type: "SANDBOX_TOKEN_CREATED", detail: text(after.name) };
    case "sandbox.token.revoke":
      return { ...base, type: "SANDBOX_TOKEN_REVOKED" };
    case "sandbox.employer.set":
      return { ...base, type: "SANDBOX_EMPLOYER_SET", detail: text(after.opplysningspliktig), excerpt: text(after.months) && excerpt(text(after.months)!) };
    case "sandbox.employer.remove":
      return { ...base, type: "SANDBOX_EMPLOYER_REMOVED", detail: text(before.opplysningspliktig) };
    case "sandbox.agreement.delete":
      return { ...base, type: "SANDBOX_AGREEMENT_DELETED", detail: text(before.opplysningspliktig) };
    case "testScenario.saved":
      return { ...base, type: "TEST_SCENARIO_SAVED", detail: text(after.name) };
    case "testScenario.deleted":
      return { ...base, type: "TEST_SCENARIO_DELETED", detail: text(before.name) };
    case "invitation.resend":
      return { ...base, type: "INVITATION_RESENT" };
    case "invitation.revoke":
      return { ...base, type: "INVITATION_WITHDRAWN" };
    case "institution.change.request":
      return { ...base, type: "CHANGE_REQUESTED", excerpt: text(after.reason) && excerpt(text(after.reason)!) };
    case "institution.change.approve":
      return { ...base, type: "CHANGE_APPROVED", excerpt: text(after.note) && excerpt(text(after.note)!) };
    case "institution.change.reject":
      return { ...base, type: "CHANGE_REJECTED", excerpt: text(after.note) && excerpt(text(after.note)!) };
    case "step.certificate.upload":
      return { ...base, kind: "EVIDENCE", type: "CERTIFICATE_CHECKED", detail: text(after.issuer) };
    case "step.token.check":
      return { ...base, kind: "EVIDENCE", type: "TOKEN_CHECKED" };
    case "step.delegation.confirm":
    case "step.delegation.unconfirm": {
      // "Inntekt API – På vegne av (TT02)": the right as Altinn names it and the environment
      const cell = action === "step.delegation.confirm" ? after : { ...after, ...before };
      const right = isDelegationRight(cell.right) ? delegationRightName(cell.right) : text(cell.right);
      const detail = right ? `${right} (${cell.environment === "PRODUCTION" ? "prod" : text(cell.environment) ?? ""})` : null;
      return { ...base, kind: "EVIDENCE", type: action === "step.delegation.confirm" ? "DELEGATION_CONFIRMED" : "DELEGATION_UNCONFIRMED", detail };
    }
  }
}

function stepUpdateEntry(base: TActivityEntry, before: Record<string, unknown>, after: Record<string, unknown>): TActivityEntry {
  const from = status(before.status);
  const to = status(after.status);
  const comment = record(after.comment);
  const note = text(comment.body);
  const also = sideChanges(before, after);
  const common = { ...base, from, to, override: after.override === true, dueDate: text(after.dueDate) };
  if (comment.kind === "REVIEW_APPROVED" || comment.kind === "REVIEW_RETURNED") {
    return { ...common, kind: "REVIEW", type: comment.kind, excerpt: note && excerpt(note), also };
  }
  if (from !== to) {
    const why = note ?? text(after.reason);
    return { ...common, kind: "STATUS", type: "STATUS_CHANGED", excerpt: why && excerpt(why), also };
  }
  const [first, ...rest] = also.length > 0 ? also : (["REASON_UPDATED"] as const);
  const kind: TActivityKind = first === "EVIDENCE_UPDATED" ? "EVIDENCE" : "OTHER";
  const shown = first === "REASON_UPDATED" ? text(after.reason) : note;
  return { ...common, kind, type: first, excerpt: shown && excerpt(shown), also: rest };
}
