import { describe, expect, it } from "vitest";
import { getCatalogue, type TStepStatus } from "../../onboarding";
import { statesOf, type TChecklistSource, type TStepRow } from "./load-states";
import { summarize } from "./summarize";

const TODAY = "2026-11-26";
const row = (stepKey: string, status: TStepStatus, dueDate?: string): TStepRow => ({
  stepKey,
  status,
  reason: null,
  evidence: {},
  dueDate: dueDate ? new Date(`${dueDate}T00:00:00Z`) : null,
  version: 3,
  updatedAt: new Date("2026-11-01T10:00:00Z"),
  updatedById: null,
  updatedBy: { name: "Kari Nordmann" },
});
const source = (rows: TStepRow[]): TChecklistSource => ({
  institution: {
    id: "i1", name: "Fjordkyst", orgnr: "974760673", blpMember: true, supplierOrgnr: null, supplierName: null,
    targetProductionDate: null, catalogueVersion: 1, createdAt: new Date("2026-01-01T00:00:00Z"),
  },
  rows,
  profile: { blpMember: true, hasSupplier: false },
  catalogue: getCatalogue(1),
  states: statesOf(rows),
});

describe("summarize with a retired step (recorded, but not in the institution's catalogue version)", () => {
  // Phase A all done; C-5 (not in v1) recorded as awaiting review and long overdue.
  const phaseA = getCatalogue(1).steps.filter((s) => s.phase === "A").map((s) => row(s.key, "DONE"));
  const without = summarize(source(phaseA), TODAY);
  const withRetired = summarize(source([...phaseA, row("C-5", "AWAITING_REVIEW", "2026-01-01")]), TODAY);

  it("shows it read-only in its phase, after the phase's current steps, with its recorded state", () => {
    const c = withRetired.steps.filter((s) => s.step.phase === "C");
    expect(c.map((s) => s.step.key)).toEqual(["C-1", "C-2", "C-3", "C-4", "C-6", "C-7", "C-5"]);
    expect(c.at(-1)).toMatchObject({ retired: true, status: "AWAITING_REVIEW", applicable: false, overdue: false, version: 3, updatedByName: "Kari Nordmann", dueDate: "2026-01-01" });
    expect(withRetired.steps.filter((s) => s.retired)).toHaveLength(1);
    expect(without.steps.some((s) => s.retired)).toBe(false);
  });

  it("counts it nowhere: progress, phase, next step, waiting-on, overdue and the Bits queue are unchanged", () => {
    expect(withRetired.progress).toEqual(without.progress);
    expect([withRetired.phase, withRetired.next?.step.key, withRetired.waitingOn]).toEqual([without.phase, without.next?.step.key, without.waitingOn]);
    expect(withRetired.overdue).toEqual([]);
    expect(withRetired.bitsQueue.map((q) => q.key)).toEqual(without.bitsQueue.map((q) => q.key));
    expect(withRetired.bitsQueue.map((q) => q.key)).not.toContain("C-5");
  });
});
