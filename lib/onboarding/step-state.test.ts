import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getCatalogue, getStep } from "./catalogue";
import type { TActor } from "./permissions";
import { deriveSteps } from "./progress";
import { allowedTransitions, canChangeStep } from "./step-rules";
import { DISPLAY_STATES, displayState, findTransition, noChangeReason, TRANSITIONS, type TTransitionVia } from "./step-state";
import { STEP_STATUSES, type TStepStatus } from "./types";

const member: TActor = { role: "INSTITUTION_USER", memberships: [{ institutionId: "i1", memberRole: "MEMBER" }] };
const bits: TActor = { role: "COORDINATOR", memberships: [] };
const VIAS: TTransitionVia[] = ["status", "send", "approve", "return"];
const derived = (key: string, states = {}) =>
  deriveSteps({ profile: { blpMember: false, hasSupplier: false }, states, today: "2026-11-26" }).find((d) => d.step.key === key)!;
const statuses = (list: ReturnType<typeof allowedTransitions>) => list.map((t) => `${t.status}:${t.via}`);

describe("displayState", () => {
  const base = { status: "NOT_STARTED" as TStepStatus, applicable: true, requiresReview: true, prerequisitesClosed: true };
  it("joins applicability, prerequisites, review and the recorded status into one state", () => {
    expect(displayState({ ...base, applicable: false, status: "DONE" })).toBe("NOT_APPLICABLE");
    expect(displayState({ ...base, prerequisitesClosed: false })).toBe("CANNOT_START_YET");
    expect(displayState({ ...base, status: "IN_PROGRESS", prerequisitesClosed: false })).toBe("IN_PROGRESS");
    expect(displayState({ ...base, status: "IN_PROGRESS", returned: true })).toBe("RETURNED");
    expect(displayState({ ...base, status: "BLOCKED", returned: true })).toBe("BLOCKED");
    expect(displayState({ ...base, status: "AWAITING_REVIEW" })).toBe("AWAITING_REVIEW");
    expect(displayState({ ...base, status: "AWAITING_REVIEW", requiresReview: false })).toBe("IN_PROGRESS");
  });

  it("is what deriveSteps gives every step, and the badge never contradicts the status list", () => {
    const c7 = derived("C-7");
    expect(c7.display).toBe("CANNOT_START_YET");
    expect(allowedTransitions(member, c7, "NOT_STARTED", "i1")).toEqual([]);
    expect(noChangeReason("institution", c7.step, c7.display)).toBe("CANNOT_START_YET");
    const c4 = derived("C-4", { "C-4": { status: "IN_PROGRESS", returnedReason: "TC-03 mangler" } });
    expect(c4.display).toBe("RETURNED");
    expect(c4.returnReason).toBe("TC-03 mangler");
  });
});

describe("TRANSITIONS", () => {
  it("has at most one row per actor, state, target and kind of step", () => {
    for (const actor of ["institution", "coordinator"] as const) {
      for (const from of DISPLAY_STATES) {
        for (const review of [true, false]) {
          const step = { performer: "INSTITUTION" as const, requiresReview: review };
          const rows = TRANSITIONS.filter((r) => r.actor === actor && r.from.includes(from) && (r.reviewStep === undefined || r.reviewStep === review));
          expect(new Set(rows.map((r) => r.to)).size).toBe(rows.length);
          for (const r of rows) expect(findTransition(actor, step, from, r.to)).toBe(r);
        }
      }
    }
  });

  it("leaves review moves to the review actions and sending to the institution", () => {
    for (const r of TRANSITIONS) {
      if (r.to === "AWAITING_REVIEW") expect([r.actor, r.via]).toEqual(["institution", "send"]);
      if (r.from.includes("AWAITING_REVIEW")) expect(["approve", "return"]).toContain(r.via);
      if (r.via === "return") expect(r.reason).toBe(true);
    }
  });

  it("agrees with canChangeStep for every step, status, actor and way of asking", () => {
    for (const step of getCatalogue().steps) {
      for (const actor of [member, bits]) {
        const kind = actor === bits ? "coordinator" : "institution";
        for (const from of STEP_STATUSES) {
          for (const prerequisitesClosed of [true, false]) {
            for (const returned of [true, false]) {
              const state = displayState({ status: from, applicable: true, requiresReview: step.requiresReview, prerequisitesClosed, returned });
              for (const to of STEP_STATUSES) {
                if (to === from) continue;
                for (const via of VIAS) {
                  // the integration test gate: not gated (undefined), open, closed
                  for (const integrationTestPassed of [undefined, true, false]) {
                    const r = canChangeStep(actor, step, from, to, { institutionId: "i1", prerequisitesClosed, evidenceComplete: true, reason: "why", via, returned, integrationTestPassed });
                    const row = findTransition(kind, step, state, to);
                    const gateClosed = integrationTestPassed === false;
                    // with a reason and complete evidence, only a "closed" prerequisite or gate condition can refuse a row
                    const allowed = row?.via === via && (row.prerequisites !== "closed" || prerequisitesClosed) && (row.gate !== "closed" || !gateClosed);
                    expect(r.ok, `${kind} ${step.key} ${from}(${state})→${to} via ${via} gate ${integrationTestPassed}`).toBe(allowed);
                    if (r.ok) expect(r.override).toBe((row?.prerequisites === "override" && !prerequisitesClosed) || (row?.gate === "override" && gateClosed));
                  }
                }
              }
            }
          }
        }
      }
    }
  });
});

describe("allowedTransitions", () => {
  it("offers an institution user nothing on a Bits step and no NOT_APPLICABLE on its own", () => {
    expect(allowedTransitions(member, derived("B-5"), "NOT_STARTED", "i1")).toEqual([]);
    expect(statuses(allowedTransitions(member, derived("A-1"), "NOT_STARTED", "i1"))).toEqual(["IN_PROGRESS:status", "BLOCKED:status", "DONE:status"]);
  });

  it("offers sending instead of DONE on C-4, and only approve or return to Bits while it awaits review", () => {
    const c4 = derived("C-4", { "C-3": { status: "DONE" }, "A-6": { status: "DONE" }, "C-4": { status: "IN_PROGRESS" } });
    expect(statuses(allowedTransitions(member, c4, "IN_PROGRESS", "i1"))).toEqual(["NOT_STARTED:status", "BLOCKED:status", "AWAITING_REVIEW:send"]);
    const inReview = derived("C-4", { "C-3": { status: "DONE" }, "A-6": { status: "DONE" }, "C-4": { status: "AWAITING_REVIEW" } });
    expect(allowedTransitions(member, inReview, "AWAITING_REVIEW", "i1")).toEqual([]);
    expect(allowedTransitions(bits, inReview, "AWAITING_REVIEW", "i1")).toEqual([
      { status: "DONE", via: "approve", needsReason: false, override: false },
      { status: "IN_PROGRESS", via: "return", needsReason: true, override: false },
    ]);
  });

  it("marks a coordinator's DONE with open prerequisites as an override needing a reason", () => {
    expect(allowedTransitions(bits, derived("C-2"), "NOT_STARTED", "i1").find((t) => t.status === "DONE")).toEqual({ status: "DONE", via: "status", needsReason: true, override: true });
    expect(statuses(allowedTransitions(member, derived("C-2"), "NOT_STARTED", "i1"))).toEqual([]);
  });
});

// Any sequence of attempts by either side, in any order, with or without a reason and evidence:
// a step whose prerequisites stay open is never completed, except by a coordinator's override
// with a reason.
describe("property: open prerequisites", () => {
  const withPrerequisites = getCatalogue().steps.filter((s) => s.prerequisites.length > 0);
  const attempt = fc.record({
    coordinator: fc.boolean(),
    to: fc.constantFrom(...STEP_STATUSES),
    via: fc.constantFrom(...VIAS),
    reason: fc.constantFrom(undefined, "", "  ", "Avtalt i møte"),
    evidenceComplete: fc.boolean(),
    onlyOffered: fc.boolean(),
  });
  it("no sequence of allowed changes completes the step without a coordinator's override with a reason", () => {
    fc.assert(
      fc.property(fc.constantFrom(...withPrerequisites), fc.constantFrom(...STEP_STATUSES.filter((s) => s !== "DONE")), fc.array(attempt, { maxLength: 25 }), (step, start, attempts) => {
        let status: TStepStatus = start;
        let returned = false;
        for (const a of attempts) {
          const actor = a.coordinator ? bits : member;
          const display = displayState({ status, applicable: true, requiresReview: step.requiresReview, prerequisitesClosed: false, returned });
          // either what the form offers, or anything at all (a hand-made request)
          if (a.onlyOffered && !allowedTransitions(actor, { step, applicable: true, prerequisitesClosed: false, display }, status, "i1").some((t) => t.status === a.to && t.via === a.via)) continue;
          const r = canChangeStep(actor, step, status, a.to, { institutionId: "i1", prerequisitesClosed: false, evidenceComplete: a.evidenceComplete, reason: a.reason, via: a.via, returned });
          if (!r.ok) continue;
          if (a.to === "DONE") {
            expect(r.override).toBe(true);
            expect(a.coordinator).toBe(true);
            expect(a.reason?.trim()).toBeTruthy();
          }
          if (a.via === "return") returned = true;
          if (a.via === "send") returned = false;
          status = a.to;
        }
      }),
      { numRuns: 500 },
    );
  });

  it("every row that completes a step (or sends it) carries the integration test gate", () => {
    for (const r of TRANSITIONS) {
      if (r.to === "DONE" || r.to === "AWAITING_REVIEW") expect(r.gate, `${r.actor} ${r.via}→${r.to}`).toBe(r.actor === "coordinator" && r.via === "status" ? "override" : "closed");
      else expect(r.gate).toBeUndefined();
    }
  });

  it("a review step reaches DONE with closed prerequisites only through send and approve (or Bits setting it)", () => {
    const c4 = getStep("C-4");
    const ctx = { institutionId: "i1", prerequisitesClosed: true, evidenceComplete: true };
    expect(canChangeStep(member, c4, "IN_PROGRESS", "DONE", ctx).ok).toBe(false);
    expect(canChangeStep(member, c4, "IN_PROGRESS", "AWAITING_REVIEW", { ...ctx, via: "send" }).ok).toBe(true);
    expect(canChangeStep(member, c4, "AWAITING_REVIEW", "DONE", { ...ctx, via: "approve" }).ok).toBe(false);
    expect(canChangeStep(bits, c4, "AWAITING_REVIEW", "DONE", { ...ctx, via: "approve" }).ok).toBe(true);
  });
});

// C-7 with its prerequisites done but no approved C-4 with a passed test report: any sequence of
// attempts by either side never completes it, except a coordinator's override with a reason.
describe("property: the integration test gate", () => {
  const c7 = getStep("C-7");
  const attempt = fc.record({
    coordinator: fc.boolean(),
    to: fc.constantFrom(...STEP_STATUSES),
    via: fc.constantFrom(...VIAS),
    reason: fc.constantFrom(undefined, "", "  ", "Testet hos leverandøren"),
    evidenceComplete: fc.boolean(),
    onlyOffered: fc.boolean(),
  });
  it("no sequence of allowed changes completes C-7 without a coordinator's override with a reason", () => {
    fc.assert(
      fc.property(fc.constantFrom(...STEP_STATUSES.filter((s) => s !== "DONE")), fc.array(attempt, { maxLength: 25 }), (start, attempts) => {
        let status: TStepStatus = start;
        let returned = false;
        for (const a of attempts) {
          const actor = a.coordinator ? bits : member;
          const display = displayState({ status, applicable: true, requiresReview: c7.requiresReview, prerequisitesClosed: true, returned });
          if (a.onlyOffered && !allowedTransitions(actor, { step: c7, applicable: true, prerequisitesClosed: true, display }, status, "i1", false).some((t) => t.status === a.to && t.via === a.via)) continue;
          const r = canChangeStep(actor, c7, status, a.to, { institutionId: "i1", prerequisitesClosed: true, evidenceComplete: a.evidenceComplete, reason: a.reason, via: a.via, returned, integrationTestPassed: false });
          if (!r.ok) continue;
          expect(a.to).not.toBe("AWAITING_REVIEW");
          if (a.to === "DONE") {
            expect(r.override).toBe(true);
            expect(a.coordinator).toBe(true);
            expect(a.reason?.trim()).toBeTruthy();
          }
          if (a.via === "return") returned = true;
          status = a.to;
        }
      }),
      { numRuns: 500 },
    );
  });

  it("refuses C-7 with the gate's own reasons, and lets it through once C-4 passed", () => {
    const ctx = { institutionId: "i1", prerequisitesClosed: true, evidenceComplete: true };
    const closed = { ...ctx, integrationTestPassed: false };
    const code = (r: ReturnType<typeof canChangeStep>) => (r.ok ? "OK" : r.code);
    expect(code(canChangeStep(member, c7, "IN_PROGRESS", "AWAITING_REVIEW", { ...closed, via: "send" }))).toBe("INTEGRATION_TEST_REQUIRED");
    expect(code(canChangeStep(bits, c7, "AWAITING_REVIEW", "DONE", { ...closed, via: "approve" }))).toBe("INTEGRATION_TEST_REQUIRED");
    expect(code(canChangeStep(bits, c7, "IN_PROGRESS", "DONE", closed))).toBe("INTEGRATION_TEST_OVERRIDE_REASON_REQUIRED");
    expect(canChangeStep(bits, c7, "IN_PROGRESS", "DONE", { ...closed, reason: "Godkjent i møte" })).toEqual({ ok: true, override: true });
    const open = { ...ctx, integrationTestPassed: true };
    expect(canChangeStep(member, c7, "IN_PROGRESS", "AWAITING_REVIEW", { ...open, via: "send" })).toEqual({ ok: true, override: false });
    expect(canChangeStep(bits, c7, "AWAITING_REVIEW", "DONE", { ...open, via: "approve" })).toEqual({ ok: true, override: false });
    expect(allowedTransitions(bits, { step: c7, applicable: true, prerequisitesClosed: true, display: "IN_PROGRESS" }, "IN_PROGRESS", "i1", false).find((t) => t.status === "DONE"))
      .toEqual({ status: "DONE", via: "status", needsReason: true, override: true });
  });
});
