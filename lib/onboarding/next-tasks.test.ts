import { describe, expect, it } from "vitest";
import { nextTasks, taskUrgency } from "./next-tasks";
import { deriveSteps } from "./progress";
import type { TInstitutionProfile, TRecordedStates } from "./types";

const TODAY = "2026-12-01";
const plain: TInstitutionProfile = { blpMember: false, hasSupplier: false };
const withSupplier: TInstitutionProfile = { blpMember: false, hasSupplier: true };

function tasksFor(states: TRecordedStates, profile = plain) {
  const steps = deriveSteps({ profile, states, today: TODAY });
  return nextTasks({ steps, states, profile, today: TODAY });
}
const keys = (states: TRecordedStates, profile = plain) => tasksFor(states, profile).map((t) => `${t.step.step.key}:${t.urgency}`);

describe("nextTasks", () => {
  it("orders overdue first, then due soon, then the rest in catalogue order", () => {
    const states: TRecordedStates = {
      "A-1": { status: "IN_PROGRESS" },
      "A-2": { status: "NOT_STARTED", dueDate: "2026-12-10" },
      "A-3": { status: "IN_PROGRESS", dueDate: "2026-11-20" },
      "A-4": { status: "NOT_STARTED", dueDate: "2026-12-05" },
      "A-5": { status: "NOT_STARTED", dueDate: "2026-11-28" },
      "B-2": { status: "NOT_STARTED", dueDate: "2027-03-01" },
    };
    const list = keys(states);
    expect(list.slice(0, 4)).toEqual(["A-3:OVERDUE", "A-5:OVERDUE", "A-4:DUE_SOON", "A-2:DUE_SOON"]);
    expect(list[4]).toBe("A-1:AVAILABLE");
    const rest = list.slice(4);
    expect(rest.every((k) => k.endsWith(":AVAILABLE"))).toBe(true);
    // a far due date is not urgent; the rest keep catalogue order
    expect(rest.indexOf("B-2:AVAILABLE")).toBeGreaterThan(rest.indexOf("A-1:AVAILABLE"));
  });

  it("leaves out what the institution cannot act on: closed, not yet startable, Bits' steps and steps in review", () => {
    const list = keys({ "A-1": { status: "DONE" }, "C-4": { status: "AWAITING_REVIEW" }, "A-2": { status: "NOT_APPLICABLE" } });
    expect(list.some((k) => k.startsWith("A-1:"))).toBe(false);
    expect(list.some((k) => k.startsWith("A-2:"))).toBe(false);
    expect(list.some((k) => k.startsWith("C-4:"))).toBe(false);
    expect(list.some((k) => k.startsWith("B-4:"))).toBe(false); // CANNOT_START_YET (B-2 open)
    expect(list.some((k) => k.startsWith("B-5:") || k.startsWith("C-1:"))).toBe(false); // Bits' steps
    expect(list.some((k) => k.startsWith("B-7:"))).toBe(false); // not applicable without supplier
  });

  it("says what is missing: evidence for DONE, open prerequisites of begun work, a block's reason", () => {
    const tasks = tasksFor({
      "B-2": { status: "IN_PROGRESS", evidence: {} },
      "A-7": { status: "BLOCKED", reason: "Venter på avtale med banken" },
      "C-3": { status: "IN_PROGRESS" },
    });
    const b2 = tasks.find((t) => t.step.step.key === "B-2")!;
    expect(b2.missingEvidence.length).toBeGreaterThan(0);
    expect(tasks.find((t) => t.step.step.key === "A-7")!.blockedReason).toBe("Venter på avtale med banken");
    expect(tasks.find((t) => t.step.step.key === "C-3")!.openPrerequisites).toContain("C-2");
    expect(tasks.find((t) => t.step.step.key === "A-1")!.missingEvidence).toEqual([]);
  });

  it("carries Bits' reason for a returned review step, and only for it", () => {
    const tasks = tasksFor({ "B-2": { status: "IN_PROGRESS", returnedReason: "Skjemaet mangler signatur." }, "A-1": { status: "IN_PROGRESS" } });
    const b2 = tasks.find((t) => t.step.step.key === "B-2")!;
    expect(b2.step.display).toBe("RETURNED");
    expect(b2.returnedReason).toBe("Skjemaet mangler signatur.");
    expect(tasks.find((t) => t.step.step.key === "A-1")!.returnedReason).toBeUndefined();
  });

  it("marks the supplier's steps as the supplier's (B-3 with a supplier)", () => {
    const done = { status: "DONE" as const };
    expect(tasksFor({}, withSupplier).find((t) => t.step.step.key === "B-3")?.party).toBe("SUPPLIER");
    expect(tasksFor({}, plain).find((t) => t.step.step.key === "B-3")?.party).toBe("INSTITUTION");
    expect(tasksFor({ "B-3": done }, withSupplier).find((t) => t.step.step.key === "B-3")).toBeUndefined();
  });
});

describe("taskUrgency", () => {
  it("counts a due date up to 14 days ahead as due soon", () => {
    expect(taskUrgency({ dueDate: "2026-12-15", overdue: false }, TODAY)).toBe("DUE_SOON");
    expect(taskUrgency({ dueDate: "2026-12-16", overdue: false }, TODAY)).toBe("AVAILABLE");
    expect(taskUrgency({ dueDate: TODAY, overdue: false }, TODAY)).toBe("DUE_SOON");
    expect(taskUrgency({ dueDate: "2026-11-30", overdue: true }, TODAY)).toBe("OVERDUE");
    expect(taskUrgency({ overdue: false }, TODAY)).toBe("AVAILABLE");
  });
});
