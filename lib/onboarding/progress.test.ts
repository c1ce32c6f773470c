import { describe, expect, it } from "vitest";
import { STEP_KEYS } from "./catalogue";
import { currentPhase, deriveSteps, nextStep, progress, waitingOn, type TProgressInput } from "./progress";
import type { TRecordedStates, TStepStatus } from "./types";

const TODAY = "2026-05-15";
const plain = { blpMember: false, hasSupplier: false };
const withSupplier = { blpMember: true, hasSupplier: true };

function states(entries: Record<string, TStepStatus>): TRecordedStates {
  return Object.fromEntries(Object.entries(entries).map(([k, status]) => [k, { status }]));
}
function allDoneExcept(...open: string[]): TRecordedStates {
  return states(Object.fromEntries(STEP_KEYS.filter((k) => !open.includes(k)).map((k) => [k, "DONE" as const])));
}
const input = (s: TRecordedStates, profile = plain): TProgressInput => ({ profile, states: s, today: TODAY });
const statusOf = (i: TProgressInput, key: string) => deriveSteps(i).find((d) => d.step.key === key)!.status;

describe("derived step state", () => {
  it("is CANNOT_START_YET while a prerequisite is open, NOT_STARTED once closed", () => {
    expect(statusOf(input({}), "B-4")).toBe("CANNOT_START_YET");
    expect(statusOf(input({}), "B-2")).toBe("NOT_STARTED");
    expect(statusOf(input(states({ "B-2": "DONE" })), "B-4")).toBe("NOT_STARTED");
    expect(deriveSteps(input({})).find((d) => d.step.key === "C-3")!.openPrerequisites).toEqual(["C-2", "B-8", "A-5", "A-7"]);
  });

  it("counts a not-applicable prerequisite as closed (B-7 without supplier)", () => {
    const s = allDoneExcept("C-3", "C-4", "C-6", "C-7", "D-1", "D-2", "B-7");
    expect(statusOf(input(s), "B-7")).toBe("NOT_APPLICABLE");
    expect(statusOf(input(s), "C-3")).toBe("NOT_STARTED");
    expect(statusOf(input(s, withSupplier), "C-3")).toBe("CANNOT_START_YET");
  });

  it("counts a coordinator's NOT_APPLICABLE as closed", () => {
    expect(statusOf(input(states({ "B-2": "NOT_APPLICABLE" })), "B-4")).toBe("NOT_STARTED");
  });

  it("keeps begun work and reads AWAITING_REVIEW on a non-review step as IN_PROGRESS", () => {
    expect(statusOf(input(states({ "B-4": "IN_PROGRESS" })), "B-4")).toBe("IN_PROGRESS");
    expect(statusOf(input(states({ "A-1": "AWAITING_REVIEW" })), "A-1")).toBe("IN_PROGRESS");
    expect(statusOf(input(states({ "B-2": "AWAITING_REVIEW" })), "B-2")).toBe("AWAITING_REVIEW");
  });
});

describe("progress", () => {
  it("is zero at the start and counts only applicable steps", () => {
    expect(progress(input({})).overall).toEqual({ total: 23, done: 0, notApplicable: 0, closed: 0, percent: 0 });
    expect(progress(input({}, withSupplier)).overall.total).toBe(24);
    expect(progress(input({})).phases.B.total).toBe(7);
  });

  it("counts done plus coordinator n/a over applicable, per phase and overall, rounding down", () => {
    const p = progress(input(states({ "A-1": "DONE", "A-2": "DONE", "A-3": "NOT_APPLICABLE", "B-1": "DONE", "A-4": "IN_PROGRESS" })));
    expect(p.phases.A).toEqual({ total: 8, done: 2, notApplicable: 1, closed: 3, percent: 37 });
    expect(p.phases.B).toEqual({ total: 7, done: 1, notApplicable: 0, closed: 1, percent: 14 });
    expect(p.overall).toEqual({ total: 23, done: 3, notApplicable: 1, closed: 4, percent: 17 });
    expect(progress(input(allDoneExcept("D-2"))).overall.percent).toBe(95);
    expect(progress(input(allDoneExcept())).overall.percent).toBe(100);
  });
});

describe("current phase and next step", () => {
  it("starts in A with A-1 next, waiting on the institution", () => {
    expect(currentPhase(input({}))).toBe("A");
    expect(nextStep(input({}))!.step.key).toBe("A-1");
    expect(waitingOn(input({}))).toBe("INSTITUTION");
  });

  it("moves to the first phase with an open applicable step and finishes DONE", () => {
    const phaseADone = states(Object.fromEntries(STEP_KEYS.filter((k) => k.startsWith("A")).map((k) => [k, "DONE" as const])));
    expect(currentPhase(input(phaseADone))).toBe("B");
    expect(currentPhase(input(allDoneExcept("D-2")))).toBe("D");
    expect(currentPhase(input(allDoneExcept("B-7")))).toBe("DONE");
    expect(currentPhase(input(allDoneExcept("B-7"), withSupplier))).toBe("B");
    expect(nextStep(input(allDoneExcept()))).toBeNull();
    expect(waitingOn(input(allDoneExcept()))).toBeNull();
  });

  it("skips steps whose prerequisites are open", () => {
    const s = allDoneExcept("B-2", "B-4", "B-5", "B-6", "B-7", "C-1", "C-2", "C-3", "C-4", "C-7", "D-1", "D-2");
    expect(nextStep(input(s))!.step.key).toBe("B-2");
    const reviewPending = { ...s, "B-2": { status: "AWAITING_REVIEW" as const } };
    expect(nextStep(input(reviewPending))!.step.key).toBe("B-2");
  });

  it("waits on Bits for a BITS step or a review, on the institution otherwise", () => {
    const inReview = allDoneExcept("C-4", "C-7", "D-1", "D-2");
    expect(waitingOn(input({ ...inReview, "C-4": { status: "AWAITING_REVIEW" } }))).toBe("BITS");
    expect(waitingOn(input(inReview))).toBe("INSTITUTION");
    expect(nextStep(input(allDoneExcept("C-1", "C-2", "C-3", "C-4", "C-7", "D-1", "D-2")))!.step.key).toBe("C-1");
    expect(waitingOn(input(allDoneExcept("C-1", "C-2", "C-3", "C-4", "C-7", "D-1", "D-2")))).toBe("BITS");
  });

  it("B-4 (shared) waits on Bits until it is IN_PROGRESS, then on the institution", () => {
    const open = ["B-4", "B-5", "B-6", "B-7", "C-1", "C-2", "C-3", "C-4", "C-7", "D-1", "D-2"];
    expect(nextStep(input(allDoneExcept(...open)))!.step.key).toBe("B-4");
    expect(waitingOn(input(allDoneExcept(...open)))).toBe("BITS");
    expect(waitingOn(input({ ...allDoneExcept(...open), "B-4": { status: "IN_PROGRESS" } }))).toBe("INSTITUTION");
  });
});
