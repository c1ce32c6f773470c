import { describe, expect, it } from "vitest";
import { getStep } from "./catalogue";
import { canChangeStep, canEditStep, type TStepChangeContext } from "./step-rules";
import type { TActor } from "./permissions";

const coordinator: TActor = { role: "COORDINATOR", memberships: [] };
const admin: TActor = { role: "ADMIN", memberships: [] };
const user: TActor = { role: "INSTITUTION_USER", memberships: [{ institutionId: "inst-1", memberRole: "MEMBER" }] };
const ok: TStepChangeContext = { institutionId: "inst-1", prerequisitesClosed: true, evidenceComplete: true };

const A1 = getStep("A-1");
const B2 = getStep("B-2"); // review
const B4 = getStep("B-4"); // shared
const B5 = getStep("B-5"); // Bits
const C4 = getStep("C-4"); // review

const codeOf = (r: ReturnType<typeof canChangeStep>) => (r.ok ? "OK" : r.code);

describe("canChangeStep", () => {
  it("lets members change their institution's INSTITUTION steps, not another institution's", () => {
    expect(canChangeStep(user, A1, "NOT_STARTED", "IN_PROGRESS", ok)).toEqual({ ok: true, override: false });
    expect(codeOf(canChangeStep(user, A1, "IN_PROGRESS", "DONE", ok))).toBe("OK");
    expect(codeOf(canChangeStep(user, A1, "NOT_STARTED", "IN_PROGRESS", { ...ok, institutionId: "inst-2" }))).toBe("NOT_ALLOWED");
    expect(codeOf(canChangeStep(user, A1, "NOT_STARTED", "IN_PROGRESS", { ...ok, institutionId: undefined }))).toBe("NOT_ALLOWED");
  });

  it("refuses a no-op change", () => {
    expect(codeOf(canChangeStep(coordinator, A1, "DONE", "DONE", ok))).toBe("NO_CHANGE");
  });

  it("leaves BITS steps to coordinators", () => {
    const r = canChangeStep(user, B5, "NOT_STARTED", "DONE", ok);
    expect(r).toMatchObject({ ok: false, code: "BITS_STEP" });
    if (!r.ok) expect(r.message.nb.length * r.message.en.length).toBeGreaterThan(0);
    expect(codeOf(canChangeStep(coordinator, B5, "NOT_STARTED", "DONE", ok))).toBe("OK");
    expect(codeOf(canChangeStep(admin, B5, "NOT_STARTED", "DONE", ok))).toBe("OK");
  });

  it("lets both sides change the SHARED B-4", () => {
    expect(codeOf(canChangeStep(coordinator, B4, "NOT_STARTED", "IN_PROGRESS", ok))).toBe("OK");
    expect(codeOf(canChangeStep(user, B4, "IN_PROGRESS", "DONE", ok))).toBe("OK");
  });

  it("sends review steps to review instead of DONE for institution users", () => {
    expect(codeOf(canChangeStep(user, B2, "IN_PROGRESS", "DONE", ok))).toBe("REVIEW_REQUIRED");
    expect(codeOf(canChangeStep(user, B2, "IN_PROGRESS", "AWAITING_REVIEW", { ...ok, via: "send" }))).toBe("OK");
    // only through the "Send til Bits" action, never the status list
    expect(codeOf(canChangeStep(user, B2, "IN_PROGRESS", "AWAITING_REVIEW", ok))).toBe("USE_REVIEW_ACTIONS");
    expect(codeOf(canChangeStep(coordinator, B2, "IN_PROGRESS", "AWAITING_REVIEW", { ...ok, via: "send" }))).toBe("NOT_ALLOWED");
    expect(codeOf(canChangeStep(user, A1, "IN_PROGRESS", "AWAITING_REVIEW", ok))).toBe("NOT_A_REVIEW_STEP");
  });

  it("lets only coordinators approve or return a review, returning with a comment", () => {
    expect(codeOf(canChangeStep(user, C4, "AWAITING_REVIEW", "DONE", ok))).toBe("IN_REVIEW");
    expect(codeOf(canChangeStep(user, C4, "AWAITING_REVIEW", "IN_PROGRESS", { ...ok, reason: "trekker tilbake" }))).toBe("IN_REVIEW");
    expect(codeOf(canChangeStep(coordinator, C4, "AWAITING_REVIEW", "DONE", { ...ok, via: "approve" }))).toBe("OK");
    expect(codeOf(canChangeStep(coordinator, C4, "AWAITING_REVIEW", "DONE", ok))).toBe("USE_REVIEW_ACTIONS");
    const back = { ...ok, via: "return" as const };
    expect(codeOf(canChangeStep(coordinator, C4, "AWAITING_REVIEW", "IN_PROGRESS", back))).toBe("COMMENT_REQUIRED");
    expect(codeOf(canChangeStep(coordinator, C4, "AWAITING_REVIEW", "IN_PROGRESS", { ...back, reason: "  " }))).toBe("COMMENT_REQUIRED");
    expect(codeOf(canChangeStep(coordinator, C4, "AWAITING_REVIEW", "IN_PROGRESS", { ...back, reason: "TC-03 mangler" }))).toBe("OK");
    expect(codeOf(canChangeStep(coordinator, C4, "AWAITING_REVIEW", "NOT_STARTED", { ...back, reason: "x" }))).toBe("USE_REVIEW_ACTIONS");
  });

  it("keeps an approved review step closed to institution users", () => {
    expect(codeOf(canChangeStep(user, B2, "DONE", "IN_PROGRESS", ok))).toBe("REOPEN_REVIEWED");
    expect(codeOf(canChangeStep(coordinator, B2, "DONE", "IN_PROGRESS", ok))).toBe("OK");
    expect(codeOf(canChangeStep(user, A1, "DONE", "IN_PROGRESS", ok))).toBe("OK");
  });

  it("refuses DONE while a prerequisite is open, except a coordinator override with a reason", () => {
    const open = { ...ok, prerequisitesClosed: false };
    expect(codeOf(canChangeStep(user, B4, "IN_PROGRESS", "DONE", open))).toBe("PREREQUISITES_OPEN");
    expect(codeOf(canChangeStep(user, B2, "IN_PROGRESS", "AWAITING_REVIEW", { ...open, via: "send" }))).toBe("PREREQUISITES_OPEN");
    expect(codeOf(canChangeStep(coordinator, B4, "IN_PROGRESS", "DONE", open))).toBe("OVERRIDE_REASON_REQUIRED");
    expect(canChangeStep(coordinator, B4, "IN_PROGRESS", "DONE", { ...open, reason: "Avtalt i møte" })).toEqual({ ok: true, override: true });
    // an unstarted step with an open prerequisite cannot start (its badge says so)
    expect(codeOf(canChangeStep(user, B4, "NOT_STARTED", "IN_PROGRESS", open))).toBe("PREREQUISITES_OPEN");
    expect(codeOf(canChangeStep(user, B4, "IN_PROGRESS", "BLOCKED", { ...open, reason: "venter" }))).toBe("OK");
  });

  it("refuses DONE or review while evidence is incomplete, for everyone", () => {
    const incomplete = { ...ok, evidenceComplete: false };
    expect(codeOf(canChangeStep(user, A1, "IN_PROGRESS", "DONE", incomplete))).toBe("EVIDENCE_INCOMPLETE");
    expect(codeOf(canChangeStep(user, C4, "IN_PROGRESS", "AWAITING_REVIEW", { ...incomplete, via: "send" }))).toBe("EVIDENCE_INCOMPLETE");
    expect(codeOf(canChangeStep(coordinator, B5, "IN_PROGRESS", "DONE", { ...incomplete, reason: "x" }))).toBe("EVIDENCE_INCOMPLETE");
    expect(codeOf(canChangeStep(user, A1, "NOT_STARTED", "IN_PROGRESS", incomplete))).toBe("OK");
  });

  it("requires a reason for BLOCKED", () => {
    expect(codeOf(canChangeStep(user, A1, "IN_PROGRESS", "BLOCKED", ok))).toBe("REASON_REQUIRED");
    expect(codeOf(canChangeStep(user, A1, "IN_PROGRESS", "BLOCKED", { ...ok, reason: "Venter på leverandør" }))).toBe("OK");
  });

  it("lets only coordinators set or undo NOT_APPLICABLE, with a reason", () => {
    const why = { ...ok, reason: "Gjenbruker eksisterende oppsett" };
    expect(codeOf(canChangeStep(user, A1, "NOT_STARTED", "NOT_APPLICABLE", why))).toBe("NOT_APPLICABLE_COORDINATOR_ONLY");
    expect(codeOf(canChangeStep(user, A1, "NOT_APPLICABLE", "IN_PROGRESS", ok))).toBe("NOT_APPLICABLE_COORDINATOR_ONLY");
    expect(codeOf(canChangeStep(coordinator, A1, "NOT_STARTED", "NOT_APPLICABLE", ok))).toBe("REASON_REQUIRED");
    expect(codeOf(canChangeStep(coordinator, A1, "NOT_STARTED", "NOT_APPLICABLE", why))).toBe("OK");
  });
});

describe("canEditStep", () => {
  it("follows the same hands as status changes", () => {
    expect(canEditStep(user, A1, "IN_PROGRESS", "inst-1")).toBe(true);
    expect(canEditStep(user, A1, "IN_PROGRESS", "inst-2")).toBe(false);
    expect(canEditStep(user, B5, "IN_PROGRESS", "inst-1")).toBe(false);
    expect(canEditStep(user, C4, "AWAITING_REVIEW", "inst-1")).toBe(false);
    expect(canEditStep(user, C4, "DONE", "inst-1")).toBe(false);
    expect(canEditStep(coordinator, C4, "DONE", "inst-1")).toBe(true);
    // what was sent stays as sent until Bits decides
    expect(canEditStep(coordinator, C4, "AWAITING_REVIEW", "inst-1")).toBe(false);
  });
});
