import { describe, expect, it } from "vitest";
import { STEP_KEYS } from "./catalogue";
import { phaseProcess, type TPhaseProcessStep } from "./phase-process";
import { currentPhase, deriveSteps, type TProgressInput } from "./progress";
import type { TDerivedStatus, TPhase, TRecordedStates, TStepStatus } from "./types";

const TODAY = "2026-05-15";
const plain = { blpMember: false, hasSupplier: false };

function step(phase: TPhase, status: TDerivedStatus, extra: Partial<TPhaseProcessStep> = {}): TPhaseProcessStep {
  const closed = status === "DONE" || status === "NOT_APPLICABLE";
  return { step: { phase }, status, applicable: true, closed, overdue: false, updatedAt: null, ...extra };
}
const byPhase = (steps: TPhaseProcessStep[]) => Object.fromEntries(phaseProcess(steps).map((p) => [p.phase, p]));

describe("phase states", () => {
  it("tells done, in progress, not started and waiting apart", () => {
    const p = byPhase([
      step("A", "DONE"),
      step("A", "NOT_APPLICABLE"),
      step("B", "DONE"),
      step("B", "NOT_STARTED"),
      step("C", "NOT_STARTED"),
      step("C", "CANNOT_START_YET"),
      step("D", "CANNOT_START_YET"),
    ]);
    expect([p.A.state, p.B.state, p.C.state, p.D.state]).toEqual(["DONE", "IN_PROGRESS", "NOT_STARTED", "WAITING"]);
    expect([p.A.closed, p.A.total, p.B.closed, p.B.total, p.D.closed, p.D.total]).toEqual([2, 2, 1, 2, 0, 1]);
  });

  it("counts begun work (in progress, review, blocked) as in progress", () => {
    for (const status of ["IN_PROGRESS", "AWAITING_REVIEW", "BLOCKED"] as const) {
      expect(byPhase([step("A", status), step("A", "CANNOT_START_YET")]).A.state).toBe("IN_PROGRESS");
    }
  });

  it("leaves out steps that do not apply and retired steps", () => {
    const p = byPhase([step("A", "DONE"), step("A", "NOT_STARTED", { applicable: false }), step("A", "IN_PROGRESS", { retired: true })]);
    expect(p.A).toMatchObject({ state: "DONE", closed: 1, total: 1 });
  });

  it("reads a phase without applicable steps as done", () => {
    expect(byPhase([step("A", "NOT_STARTED")]).B).toMatchObject({ state: "DONE", total: 0, finishedAt: null });
  });
});

describe("the current phase", () => {
  it("is the first phase that is not done, and only that one", () => {
    const p = phaseProcess([step("A", "DONE"), step("B", "NOT_STARTED"), step("C", "IN_PROGRESS")]);
    expect(p.filter((x) => x.current).map((x) => x.phase)).toEqual(["B"]);
  });

  it("is none when everything is closed", () => {
    expect(phaseProcess([step("A", "DONE"), step("D", "NOT_APPLICABLE")]).some((x) => x.current)).toBe(false);
  });

  it("agrees with currentPhase() on the real catalogue", () => {
    const cases: TRecordedStates[] = [
      {},
      Object.fromEntries(STEP_KEYS.filter((k) => k.startsWith("A")).map((k) => [k, { status: "DONE" as TStepStatus }])),
      Object.fromEntries(STEP_KEYS.filter((k) => !k.startsWith("D")).map((k) => [k, { status: "DONE" as TStepStatus }])),
      Object.fromEntries(STEP_KEYS.map((k) => [k, { status: "DONE" as TStepStatus }])),
    ];
    for (const states of cases) {
      const input: TProgressInput = { profile: plain, states, today: TODAY };
      const steps = deriveSteps(input).map((d) => ({ ...d, updatedAt: null }));
      const current = phaseProcess(steps).find((p) => p.current)?.phase ?? "DONE";
      expect(current).toBe(currentPhase(input));
    }
  });
});

describe("when a phase was finished", () => {
  it("is the latest recorded change of a finished phase's steps", () => {
    const p = byPhase([
      step("A", "DONE", { updatedAt: "2026-11-02T10:00:00.000Z" }),
      step("A", "DONE", { updatedAt: "2026-11-30T08:15:00.000Z" }),
      step("A", "NOT_APPLICABLE"),
      step("B", "DONE", { updatedAt: "2026-12-01T08:00:00.000Z" }),
      step("B", "IN_PROGRESS", { updatedAt: "2026-12-02T08:00:00.000Z" }),
    ]);
    expect(p.A.finishedAt).toBe("2026-11-30T08:15:00.000Z");
    expect(p.B.finishedAt).toBeNull();
  });
});

describe("which phases start open", () => {
  it("collapses finished phases, opens the current one, and later ones only with work begun or overdue", () => {
    const p = byPhase([
      step("A", "DONE"),
      step("B", "NOT_STARTED"),
      step("C", "IN_PROGRESS"),
      step("D", "CANNOT_START_YET"),
    ]);
    expect([p.A.open, p.B.open, p.C.open, p.D.open]).toEqual([false, true, true, false]);
    const overdue = byPhase([step("A", "NOT_STARTED"), step("D", "NOT_STARTED", { overdue: true })]);
    expect(overdue.D).toMatchObject({ open: true, overdue: 1, state: "NOT_STARTED" });
  });

  it("keeps a finished phase collapsed even when it is the only one", () => {
    expect(phaseProcess([step("A", "DONE")]).every((p) => !p.open)).toBe(true);
  });
});
