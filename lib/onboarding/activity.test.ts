import { describe, expect, it } from "vitest";
import { activityEntry, excerpt, FEED_ACTIONS, stepKeyOfSubject, type TFeedAuditEvent } from "./activity";
import { institutionStep } from "./versions";

const AT = new Date("2026-03-02T09:30:00Z");
const event = (e: Partial<TFeedAuditEvent>): TFeedAuditEvent => ({
  id: "e1",
  at: AT,
  actor: "kari@example.no",
  action: "step.update",
  subject: "step:inst1:A-2",
  institutionId: "inst1",
  before: null,
  after: null,
  ...e,
});
const snapshot = (over: Record<string, unknown> = {}) => ({ status: "IN_PROGRESS", evidence: {}, dueDate: null, reason: null, version: 1, ...over });
const v1Title = (key: string) => institutionStep(key, 1).title;

describe("activityEntry: step updates", () => {
  it("a status change names the step, both statuses and the catalogue title", () => {
    const e = activityEntry(event({ before: snapshot(), after: snapshot({ status: "DONE", version: 2 }) }), v1Title)!;
    expect(e).toMatchObject({ kind: "STATUS", type: "STATUS_CHANGED", stepKey: "A-2", from: "IN_PROGRESS", to: "DONE", excerpt: null, also: [] });
    expect(e.stepTitle?.nb).toBe("Bestill virksomhetssertifikater for test og produksjon");
    expect(e.at).toBe("2026-03-02T09:30:00.000Z");
  });

  it("a review return is a REVIEW with the note as excerpt, even though the status changes too", () => {
    const e = activityEntry(event({
      subject: "step:inst1:C-4",
      before: snapshot({ status: "AWAITING_REVIEW" }),
      after: snapshot({ status: "IN_PROGRESS", comment: { kind: "REVIEW_RETURNED", body: "Mangler  testrapport\nfor mars" } }),
    }))!;
    expect(e).toMatchObject({ kind: "REVIEW", type: "REVIEW_RETURNED", stepKey: "C-4", from: "AWAITING_REVIEW", to: "IN_PROGRESS", excerpt: "Mangler testrapport for mars" });
    const approved = activityEntry(event({ before: snapshot({ status: "AWAITING_REVIEW" }), after: snapshot({ status: "DONE", comment: { kind: "REVIEW_APPROVED", body: "Ok" } }) }))!;
    expect(approved).toMatchObject({ kind: "REVIEW", type: "REVIEW_APPROVED", excerpt: "Ok" });
  });

  it("evidence without a status change is EVIDENCE; key order of jsonb does not count as a change", () => {
    const changed = activityEntry(event({ before: snapshot({ evidence: { a: 1 } }), after: snapshot({ evidence: { a: 2 }, dueDate: "2026-04-01" }) }))!;
    expect(changed).toMatchObject({ kind: "EVIDENCE", type: "EVIDENCE_UPDATED", also: ["DUE_DATE_SET"], dueDate: "2026-04-01" });
    const reordered = activityEntry(event({ before: snapshot({ evidence: { a: 1, b: 2 } }), after: snapshot({ evidence: { b: 2, a: 1 }, dueDate: "2026-04-01" }) }))!;
    expect(reordered).toMatchObject({ kind: "OTHER", type: "DUE_DATE_SET", also: [] });
  });

  it("a status change lists its side changes, and a cleared due date is its own entry", () => {
    const e = activityEntry(event({ before: snapshot({ dueDate: "2026-04-01" }), after: snapshot({ status: "BLOCKED", reason: "Venter på leverandør", evidence: { x: true } }) }))!;
    expect(e).toMatchObject({ type: "STATUS_CHANGED", excerpt: "Venter på leverandør", also: ["EVIDENCE_UPDATED", "DUE_DATE_CLEARED"] });
    const cleared = activityEntry(event({ before: snapshot({ dueDate: "2026-04-01" }), after: snapshot() }))!;
    expect(cleared).toMatchObject({ kind: "OTHER", type: "DUE_DATE_CLEARED", dueDate: null });
  });

  it("a new reason alone is REASON_UPDATED; an override is flagged", () => {
    const e = activityEntry(event({ before: snapshot({ status: "BLOCKED", reason: "a" }), after: snapshot({ status: "BLOCKED", reason: "b" }) }))!;
    expect(e).toMatchObject({ kind: "OTHER", type: "REASON_UPDATED", excerpt: "b" });
    const o = activityEntry(event({ before: snapshot(), after: snapshot({ status: "DONE", override: true, reason: "Avtalt på telefon" }) }))!;
    expect(o).toMatchObject({ type: "STATUS_CHANGED", override: true, excerpt: "Avtalt på telefon" });
  });

  it("a retired step keeps a title (the placeholder when no catalogue knows it)", () => {
    const e = activityEntry(event({ subject: "step:inst1:C-5", before: snapshot(), after: snapshot({ status: "DONE" }) }), v1Title)!;
    expect(e.stepTitle).toEqual({ nb: "Steg C-5 (utgått)", en: "Step C-5 (retired)" });
  });
});

describe("activityEntry: comments and other actions", () => {
  it("both comment shapes give a COMMENT with an excerpt", () => {
    expect(activityEntry(event({ action: "step.comment", after: { body: "Hei" } }))).toMatchObject({ kind: "COMMENT", type: "COMMENTED", stepKey: "A-2", excerpt: "Hei" });
    expect(activityEntry(event({ action: "step.comment", after: { comment: { kind: "COMMENT", body: "Fra skjema" } } }))).toMatchObject({ excerpt: "Fra skjema" });
  });

  it("member, invitation, institution and sandbox events are OTHER with their detail and no step", () => {
    const cases: [string, unknown, unknown, string, string | null][] = [
      ["member.add", null, { email: "ny@x.no", memberRole: "MEMBER" }, "MEMBER_JOINED", "MEMBER"],
      ["member.remove", { email: "ny@x.no", memberRole: "OWNER" }, null, "MEMBER_REMOVED", "OWNER"],
      ["member.role.change", { memberRole: "MEMBER" }, { memberRole: "OWNER" }, "MEMBER_ROLE_CHANGED", "OWNER"],
      ["invitation.create", null, { email: "hemmelig@x.no", memberRole: "OWNER" }, "MEMBER_INVITED", "OWNER"],
      ["institution.create", null, { name: "X" }, "INSTITUTION_CREATED", null],
      ["institution.update", { name: "X" }, { name: "Y" }, "INSTITUTION_UPDATED", null],
      ["sandbox.token.create", null, { name: "CI", prefix: "sbx_1" }, "SANDBOX_TOKEN_CREATED", "CI"],
      ["sandbox.token.revoke", null, { revokedAt: "2026-01-01" }, "SANDBOX_TOKEN_REVOKED", null],
    ];
    for (const [action, before, after, type, detail] of cases) {
      const e = activityEntry(event({ action, subject: "user:u1", before, after }))!;
      expect(e, action).toMatchObject({ kind: "OTHER", type, detail, stepKey: null, stepTitle: null });
      expect(JSON.stringify(e), action).not.toContain("@x.no");
    }
  });

  it("invitation resends and withdrawals, change requests, and verified evidence are in the feed, without addresses", () => {
    const other: [string, unknown, unknown, string, string | null][] = [
      ["invitation.resend", { expiresAt: "2026-12-01" }, { email: "hemmelig@x.no", expiresAt: "2026-12-08" }, "INVITATION_RESENT", null],
      ["invitation.revoke", null, { email: "hemmelig@x.no" }, "INVITATION_WITHDRAWN", null],
      ["institution.change.request", { orgnr: "1" }, { orgnr: "2", reason: "Fusjon" }, "CHANGE_REQUESTED", null],
      ["institution.change.approve", { orgnr: "1" }, { orgnr: "2", note: "Ok" }, "CHANGE_APPROVED", null],
      ["institution.change.reject", { orgnr: "1" }, { orgnr: "2" }, "CHANGE_REJECTED", null],
    ];
    for (const [action, before, after, type, detail] of other) {
      const e = activityEntry(event({ action, subject: "invitation:x1", before, after }))!;
      expect(e, action).toMatchObject({ kind: "OTHER", type, detail });
      expect(JSON.stringify(e), action).not.toContain("@x.no");
    }
    expect(activityEntry(event({ action: "institution.change.request", subject: "institution:i1", after: { reason: "Fusjon" } }))?.excerpt).toBe("Fusjon");
    const evidence: [string, unknown, unknown, string, string | null][] = [
      ["step.certificate.upload", null, { issuer: "Buypass Class 3 Test4 CA 3", orgnr: "974760673" }, "CERTIFICATE_CHECKED", "Buypass Class 3 Test4 CA 3"],
      ["step.token.check", null, { claims: { clientId: "abc" } }, "TOKEN_CHECKED", null],
      ["step.delegation.confirm", null, { right: "AAREG_OTP_API", environment: "TT02" }, "DELEGATION_CONFIRMED", "Aa-registeret OTP API (TT02)"],
      ["step.delegation.unconfirm", { right: "INNTEKT_API_PAA_VEGNE_AV", environment: "PRODUCTION", confirmedBy: "a@x.no" }, { right: "INNTEKT_API_PAA_VEGNE_AV", environment: "PRODUCTION" }, "DELEGATION_UNCONFIRMED", "Inntekt API – På vegne av (prod)"],
    ];
    for (const [action, before, after, type, detail] of evidence) {
      const e = activityEntry(event({ action, subject: "step:inst1:B-7", before, after }))!;
      expect(e, action).toMatchObject({ kind: "EVIDENCE", type, detail, stepKey: "B-7" });
      expect(JSON.stringify(e), action).not.toContain("@x.no");
    }
  });

  it("sign-ins, refusals and user administration are never in the feed", () => {
    for (const action of ["access.denied", "user.sign-in", "user.password-change", "user.create", "user.role.change", "user.disable", "invitation.accept"]) {
      expect(activityEntry(event({ action, subject: "user:u1" })), action).toBeNull();
      expect(FEED_ACTIONS as readonly string[]).not.toContain(action);
    }
  });
});

describe("helpers", () => {
  it("excerpt keeps short text, cuts long text at a word with an ellipsis", () => {
    expect(excerpt("  kort\n tekst ")).toBe("kort tekst");
    const long = "ord ".repeat(60);
    const cut = excerpt(long, 50);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut).not.toMatch(/ …$/);
  });

  it("stepKeyOfSubject reads step subjects only", () => {
    expect(stepKeyOfSubject("step:abc:B-3")).toBe("B-3");
    expect(stepKeyOfSubject("institution:abc")).toBeNull();
    expect(stepKeyOfSubject("step:abc:../x")).toBeNull();
  });
});
