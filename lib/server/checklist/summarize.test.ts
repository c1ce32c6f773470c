import { describe, expect, it } from "vitest";
import { getCatalogue, type TStepStatus } from "../../onboarding";
import { statesOf, type TChecklistSource, type TStepRow } from "./load-states";
import { overviewRow } from "./overview-row";
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
    targetProductionDate: null, catalogueVersion: 1, createdAt: new Date("2026-01-01T00:00:00Z"), responsibleCoordinatorId: null, mainContactUserId: null,
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

describe("a blocked step is a warning", () => {
  it("lists it with its reason in the summary and the overview row", () => {
    const blocked = { ...row("A-7", "BLOCKED"), reason: "Venter på brannmuråpning hos driftsleverandøren" };
    const s = summarize(source([row("A-1", "DONE"), blocked]), TODAY);
    expect(s.blocked.map((b) => [b.step.key, b.reason])).toEqual([["A-7", "Venter på brannmuråpning hos driftsleverandøren"]]);
    expect(overviewRow(source([blocked]), TODAY, null).blocked).toEqual([{ key: "A-7", reason: "Venter på brannmuråpning hos driftsleverandøren" }]);
    expect(summarize(source([row("A-7", "IN_PROGRESS")]), TODAY).blocked).toEqual([]);
  });

  it("shows a returned step as RETURNED with Bits' reason, from the latest round", () => {
    const rows = [row("A-6", "DONE"), row("C-3", "DONE"), row("C-4", "IN_PROGRESS")];
    const returned = { ...source(rows), states: statesOf(rows, { "C-4": { sentAt: "2026-11-20T10:00:00Z", sentByName: "Ivar", decision: "RETURNED", reason: "TC-03 mangler" } }) };
    const c4 = summarize(returned, TODAY).steps.find((s) => s.step.key === "C-4")!;
    expect([c4.status, c4.display, c4.returnReason]).toEqual(["IN_PROGRESS", "RETURNED", "TC-03 mangler"]);
  });
});

describe("summarize: who the next step waits on", () => {
  const done = [...getCatalogue(1).steps.filter((s) => s.phase === "A").map((s) => row(s.key, "DONE")), row("B-1", "DONE"), row("B-2", "DONE")];
  const withSupplier = (rows: TStepRow[]): TChecklistSource => {
    const s = source(rows);
    return { ...s, institution: { ...s.institution, supplierOrgnr: "987654325", supplierName: "Pensjonsdrift Leverandør AS" }, profile: { blpMember: true, hasSupplier: true } };
  };

  it("names the supplier where the supplier does the next step (B-3), as the overview and the exports show it", () => {
    const own = summarize(source(done), TODAY);
    const supplied = summarize(withSupplier(done), TODAY);
    expect(own.next?.step.key).toBe("B-3");
    expect(own.waitingOn).toBe("INSTITUTION");
    expect(supplied.next?.step.key).toBe("B-3");
    expect(supplied.waitingOn).toBe("SUPPLIER");
    expect(overviewRow(withSupplier(done), TODAY, null, supplied).waitingOn).toBe("SUPPLIER");
  });
});
