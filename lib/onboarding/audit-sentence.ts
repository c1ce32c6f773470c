// Pure: one audit event as a sentence in people's words, for the audit trail and a step's history.
// Returns a message key (under `audit.sentences`) with typed parameters and a labelled
// before/after table; the page renders them with next-intl in its language, so no raw JSON,
// internal id (`step:cmx3…:C-4`) or code (`access.denied`) reaches the reader. An action this
// module does not know gets a readable generic sentence ("An action of type …").
import { DELEGATION_ENVIRONMENT_NAMES, delegationRightName, isDelegationEnvironment, isDelegationRight } from "./delegation";
import { stableJson } from "./stable-json";
import { ZStepStatusSchema, type TStepStatus } from "./types";

/** Every audit action Ajour writes, with the sentence keys it may produce (a test checks both lists against the code and the messages). */
export const AUDIT_SENTENCE_KEYS = {
  "step.update": ["stepStatus", "stepSent", "stepApproved", "stepReturned", "stepEvidence", "stepDueSet", "stepDueCleared", "stepReason", "stepSaved"],
  "step.comment": ["stepComment"],
  "member.add": ["memberAdd"],
  "member.remove": ["memberRemove"],
  "member.role.change": ["memberRole"],
  "invitation.create": ["invitationCreate"],
  "invitation.accept": ["invitationAccept"],
  "invitation.revoke": ["invitationRevoke"],
  "invitation.resend": ["invitationResend"],
  "institution.create": ["institutionCreate"],
  "institution.update": ["institutionUpdate"],
  "institution.change.request": ["institutionChangeRequest"],
  "institution.change.approve": ["institutionChangeApprove"],
  "institution.change.reject": ["institutionChangeReject"],
  "sandbox.token.create": ["tokenCreate"],
  "sandbox.token.revoke": ["tokenRevoke"],
  "sandbox.employer.set": ["sandboxEmployerSet"],
  "sandbox.employer.remove": ["sandboxEmployerRemove"],
  "sandbox.agreement.delete": ["sandboxAgreementDelete"],
  "testScenario.saved": ["scenarioCreate", "scenarioUpdate"],
  "testScenario.deleted": ["scenarioDelete"],
  "user.create": ["userCreate"],
  "user.role.change": ["userRole"],
  "user.supplier.change": ["userSupplier", "userSupplierCleared"],
  "user.disable": ["userDisable"],
  "user.enable": ["userEnable"],
  "user.password-change": ["passwordChange"],
  "user.sign-in": ["signIn", "signInWith"],
  "user.sign-out": ["signOut"],
  "access.denied": ["accessDenied", "accessDeniedUnknown"],
  "step.certificate.upload": ["certificateUpload"],
  "step.token.check": ["tokenCheck"],
  "step.delegation.confirm": ["delegationConfirm"],
  "step.delegation.unconfirm": ["delegationUnconfirm"],
  "integrationTest.run.start": ["integrationTestRunStart"],
  "integrationTest.report.create": ["integrationTestReport"],
  "institution.ownership": ["institutionOwnership"],
  "institution.reminder": ["institutionReminder"],
} as const satisfies Record<string, readonly string[]>;
export type TKnownAuditAction = keyof typeof AUDIT_SENTENCE_KEYS;
export const KNOWN_AUDIT_ACTIONS = Object.keys(AUDIT_SENTENCE_KEYS) as TKnownAuditAction[];
/** The sentence of an action this module does not know. */
export const UNKNOWN_SENTENCE_KEY = "unknown";

/** What access.denied may name (permission actions and the coordinators' views), under `audit.permissions`. */
export const DENIED_WHAT = [
  "institution.read", "institution.create", "institution.update", "member.read", "member.invite", "member.manage",
  "user.manage", "coordinator.manage", "step.update", "step.review", "step.override", "audit.read", "audit.read.all",
  "sandbox.token.manage", "testpanel.use", "scenario.manage", "activity", "checklist.bits-queue", "checklist.export", "checklist.overview",
] as const;

/** Labels of the before/after table, under `audit.fields`. */
export const AUDIT_FIELDS = [
  "status", "dueDate", "reason", "evidence", "name", "orgnr", "blpMember", "supplierOrgnr", "supplierName", "targetProductionDate",
  "memberRole", "role", "email", "expiresAt", "disabled", "scenario", "months", "responsibleCoordinator", "mainContact",
] as const;
export type TAuditField = (typeof AUDIT_FIELDS)[number];

export type TAuditValue =
  | { type: "text"; value: string }
  | { type: "status"; value: TStepStatus }
  | { type: "userRole"; value: string }
  | { type: "memberRole"; value: string }
  | { type: "day"; value: string }
  | { type: "instant"; value: string }
  | { type: "bool"; value: boolean }
  /** An e-mail address the page turns into the person's name. */
  | { type: "person"; email: string }
  /** Under `audit.permissions`: what a refused attempt tried. */
  | { type: "permission"; value: string }
  /** Something changed whose value is not worth showing (the evidence). */
  | { type: "changed" }
  | { type: "none" };

export interface TAuditDetail {
  /** Under `audit.fields`, or the raw name for an unknown action (`raw: true`). */
  field: string;
  raw?: boolean;
  before: TAuditValue;
  after: TAuditValue;
}

export interface TAuditSentence {
  /** Under `audit.sentences`. */
  key: string;
  params: Record<string, TAuditValue>;
  /** The step the event is about (from `step:<institution>:<key>`), shown before the sentence. */
  stepKey: string | null;
  /** A coordinator overrode a step rule. */
  override: boolean;
  /** The comment, review note or reason. */
  note: string | null;
  details: TAuditDetail[];
}

export interface TAuditEventInput {
  action: string;
  subject: string;
  before: unknown;
  after: unknown;
}

const rec = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);
const text = (v: unknown): TAuditValue => (str(v) ? { type: "text", value: String(v) } : { type: "none" });
const statusValue = (v: unknown): TAuditValue => {
  const s = ZStepStatusSchema.safeParse(v);
  return s.success ? { type: "status", value: s.data } : { type: "none" };
};
const day = (v: unknown): TAuditValue => (str(v) ? { type: "day", value: String(v).slice(0, 10) } : { type: "none" });
const person = (v: unknown): TAuditValue => (str(v) ? { type: "person", email: String(v) } : { type: "none" });

/** "step:<institutionId>:<key>" → key */
export function stepKeyOfAuditSubject(subject: string): string | null {
  const m = /^step:[^:]+:([A-Z]-\d+)$/.exec(subject);
  return m ? m[1] : null;
}

function base(key: string, subject: string): TAuditSentence {
  return { key, params: {}, stepKey: stepKeyOfAuditSubject(subject), override: false, note: null, details: [] };
}

/** Rows for the fields whose value differs, valued with `as`. */
function changed(before: Record<string, unknown>, after: Record<string, unknown>, fields: [TAuditField, (v: unknown) => TAuditValue][]): TAuditDetail[] {
  return fields
    .filter(([f]) => stableJson(before[f] ?? null) !== stableJson(after[f] ?? null))
    .map(([field, as]) => ({ field, before: as(before[field]), after: as(after[field]) }));
}

const bool = (v: unknown): TAuditValue => (typeof v === "boolean" ? { type: "bool", value: v } : { type: "none" });

export function auditSentence(e: TAuditEventInput): TAuditSentence {
  const before = rec(e.before);
  const after = rec(e.after);
  const action = e.action as TKnownAuditAction;
  if (!(action in AUDIT_SENTENCE_KEYS)) return unknownSentence(e, before, after);
  switch (action) {
    case "step.update":
      return stepUpdate(e.subject, before, after);
    case "step.certificate.upload":
      return { ...base("certificateUpload", e.subject), params: { issuer: text(after.issuer), orgnr: text(after.orgnr) } };
    case "integrationTest.run.start":
      return base("integrationTestRunStart", e.subject);
    case "integrationTest.report.create":
      return { ...base("integrationTestReport", e.subject), params: { passed: text(String(after.passed ?? "")), total: text(String(after.total ?? "")) } };
    case "step.token.check":
      return { ...base("tokenCheck", e.subject), params: { client: text(rec(after.claims).clientId) } };
    case "step.delegation.confirm":
    case "step.delegation.unconfirm": {
      const cell = e.action === "step.delegation.confirm" ? after : { ...after, ...before };
      const right = isDelegationRight(cell.right) ? delegationRightName(cell.right) : str(cell.right);
      const environment = isDelegationEnvironment(cell.environment) ? DELEGATION_ENVIRONMENT_NAMES[cell.environment] : null;
      return {
        ...base(e.action === "step.delegation.confirm" ? "delegationConfirm" : "delegationUnconfirm", e.subject),
        params: { right: text(right), environmentNb: text(environment?.nb ?? cell.environment), environmentEn: text(environment?.en ?? cell.environment) },
      };
    }
    case "step.comment": {
      const body = str(after.body) ?? str(rec(after.comment).body);
      return { ...base("stepComment", e.subject), note: body };
    }
    case "member.add":
      return { ...base("memberAdd", e.subject), params: { person: person(after.email), role: { type: "memberRole", value: String(after.memberRole ?? "MEMBER") } } };
    case "member.remove":
      return { ...base("memberRemove", e.subject), params: { person: person(before.email), role: { type: "memberRole", value: String(before.memberRole ?? "MEMBER") } } };
    case "member.role.change":
      return {
        ...base("memberRole", e.subject),
        params: {
          person: person(after.email ?? before.email),
          from: { type: "memberRole", value: String(before.memberRole) },
          to: { type: "memberRole", value: String(after.memberRole) },
        },
      };
    case "invitation.create": {
      const role: TAuditValue = str(after.memberRole) ? { type: "memberRole", value: String(after.memberRole) } : { type: "userRole", value: String(after.role ?? "INSTITUTION_USER") };
      return {
        ...base("invitationCreate", e.subject),
        params: { email: text(after.email), role },
        details: [
          ...(str(after.supplierOrgnr) ? [{ field: "supplierOrgnr" as const, before: { type: "none" as const }, after: text(after.supplierOrgnr) }] : []),
          ...(str(after.expiresAt) ? [{ field: "expiresAt" as const, before: { type: "none" as const }, after: { type: "instant" as const, value: String(after.expiresAt) } }] : []),
        ],
      };
    }
    case "invitation.accept":
      return base("invitationAccept", e.subject);
    case "invitation.revoke":
      return { ...base("invitationRevoke", e.subject), params: { email: text(after.email ?? before.email) } };
    case "invitation.resend":
      return {
        ...base("invitationResend", e.subject),
        params: { email: text(after.email) },
        details: str(after.expiresAt) ? [{ field: "expiresAt", before: str(before.expiresAt) ? { type: "instant", value: String(before.expiresAt) } : { type: "none" }, after: { type: "instant", value: String(after.expiresAt) } }] : [],
      };
    case "institution.create":
      return { ...base("institutionCreate", e.subject), params: { name: text(after.name) } };
    case "institution.update":
      return {
        ...base("institutionUpdate", e.subject),
        details: changed(before, after, [
          ["name", text], ["orgnr", text], ["blpMember", bool], ["supplierOrgnr", text], ["supplierName", text], ["targetProductionDate", day],
        ]),
      };
    case "institution.ownership":
      return {
        ...base("institutionOwnership", e.subject),
        details: changed(before, after, [["responsibleCoordinator", person], ["mainContact", person]]),
      };
    case "institution.reminder": {
      const to = Array.isArray(after.recipients) ? after.recipients.filter((r): r is string => typeof r === "string") : [];
      return { ...base("institutionReminder", e.subject), params: { recipients: text(to.join(", ")) }, note: str(after.message) };
    }
    case "institution.change.request":
    case "institution.change.approve":
    case "institution.change.reject": {
      const key = e.action === "institution.change.request" ? "institutionChangeRequest" : e.action === "institution.change.approve" ? "institutionChangeApprove" : "institutionChangeReject";
      const facts: [TAuditField, (v: unknown) => TAuditValue][] = [["orgnr", text], ["blpMember", bool], ["supplierOrgnr", text], ["supplierName", text]];
      return {
        ...base(key, e.subject),
        note: str(after.reason) ?? str(after.note),
        details: changed(before, after, facts.filter(([f]) => f in after)),
      };
    }
    case "sandbox.token.create":
      return { ...base("tokenCreate", e.subject), params: { name: text(after.name) } };
    case "sandbox.token.revoke":
      return base("tokenRevoke", e.subject);
    case "sandbox.employer.set":
      return {
        ...base("sandboxEmployerSet", e.subject),
        params: { orgnr: text(after.opplysningspliktig), months: text(after.months) },
        details: e.before == null ? [] : [{ field: "months", before: text(before.months), after: text(after.months) }],
      };
    case "sandbox.employer.remove":
      return { ...base("sandboxEmployerRemove", e.subject), params: { orgnr: text(before.opplysningspliktig), months: text(before.months) } };
    case "sandbox.agreement.delete":
      return { ...base("sandboxAgreementDelete", e.subject), params: { orgnr: text(before.opplysningspliktig), reference: text(before.avtalereferanse) } };
    case "testScenario.saved":
      return {
        ...base(e.before == null ? "scenarioCreate" : "scenarioUpdate", e.subject),
        params: { name: text(after.name) },
        details: e.before == null ? [] : changed(before, after, [["name", text], ["scenario", () => ({ type: "changed" })]]),
      };
    case "testScenario.deleted":
      return { ...base("scenarioDelete", e.subject), params: { name: text(before.name) } };
    case "user.create":
      return { ...base("userCreate", e.subject), params: { person: person(after.email), role: { type: "userRole", value: String(after.role ?? "INSTITUTION_USER") } } };
    case "user.role.change":
      return {
        ...base("userRole", e.subject),
        params: { person: person(after.email ?? before.email), from: { type: "userRole", value: String(before.role) }, to: { type: "userRole", value: String(after.role) } },
      };
    case "user.supplier.change":
      return {
        ...base(str(after.supplierOrgnr) ? "userSupplier" : "userSupplierCleared", e.subject),
        params: { person: person(after.email ?? before.email), orgnr: text(after.supplierOrgnr) },
        details: [{ field: "supplierOrgnr", before: text(before.supplierOrgnr), after: text(after.supplierOrgnr) }],
      };
    case "user.disable":
      return { ...base("userDisable", e.subject), params: { person: person(after.email ?? before.email) } };
    case "user.enable":
      return { ...base("userEnable", e.subject), params: { person: person(after.email ?? before.email) } };
    case "user.password-change":
      return base("passwordChange", e.subject);
    case "user.sign-out":
      return base("signOut", e.subject);
    case "user.sign-in":
      return str(after.provider) && after.provider !== "credentials"
        ? { ...base("signInWith", e.subject), params: { provider: text(String(after.provider).toUpperCase() === "OIDC" ? "OpenID Connect" : after.provider) } }
        : base("signIn", e.subject);
    case "access.denied": {
      const what = e.subject.split(" ")[0];
      return (DENIED_WHAT as readonly string[]).includes(what)
        ? { ...base("accessDenied", ""), params: { what: { type: "permission", value: what } } }
        : base("accessDeniedUnknown", "");
    }
  }
}

function stepUpdate(subject: string, before: Record<string, unknown>, after: Record<string, unknown>): TAuditSentence {
  const from = statusValue(before.status);
  const to = statusValue(after.status);
  const comment = rec(after.comment);
  const note = str(comment.body) ?? (before.status !== after.status ? str(after.reason) : null);
  const details = changed(before, after, [
    ["status", statusValue], ["dueDate", day], ["reason", text], ["evidence", (v) => (v == null ? { type: "none" } : { type: "changed" })],
  ]);
  // the evidence row says only that it changed: which fields, the step page shows
  const evidence = details.find((d) => d.field === "evidence");
  if (evidence) { evidence.before = { type: "none" }; evidence.after = { type: "changed" }; }
  const params = { from, to, date: day(after.dueDate) };
  const key =
    rec(after.review).action === "send" ? "stepSent"
    : comment.kind === "REVIEW_APPROVED" ? "stepApproved"
    : comment.kind === "REVIEW_RETURNED" ? "stepReturned"
    : before.status !== after.status ? "stepStatus"
    : evidence ? "stepEvidence"
    : (before.dueDate ?? null) !== (after.dueDate ?? null) ? (after.dueDate ? "stepDueSet" : "stepDueCleared")
    : (before.reason ?? null) !== (after.reason ?? null) ? "stepReason"
    : "stepSaved";
  return { ...base(key, subject), params, override: after.override === true, note, details };
}

/** An action this code does not know (one added later): its name, and its fields as a plain table. */
function unknownSentence(e: TAuditEventInput, before: Record<string, unknown>, after: Record<string, unknown>): TAuditSentence {
  const plain = (v: unknown): TAuditValue =>
    v === undefined || v === null ? { type: "none" }
    : typeof v === "boolean" ? { type: "bool", value: v }
    : typeof v === "string" || typeof v === "number" ? { type: "text", value: String(v) }
    : { type: "text", value: stableJson(v).slice(0, 200) };
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return {
    ...base(UNKNOWN_SENTENCE_KEY, e.subject),
    params: { action: { type: "text", value: e.action } },
    details: fields.map((f) => ({ field: f, raw: true, before: plain(before[f]), after: plain(after[f]) })),
  };
}

/** next-intl keys cannot contain dots: "checklist.bits-queue" → "checklist_bits-queue". */
export const messageKey = (code: string): string => code.replace(/\./g, "_");
