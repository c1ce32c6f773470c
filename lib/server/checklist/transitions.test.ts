import { describe, expect, it } from "vitest";
import { deriveSteps, type TActor } from "../../onboarding";
import { allowedTransitions } from "./transitions";

const member: TActor = { role: "INSTITUTION_USER", memberships: [{ institutionId: "i1", memberRole: "MEMBER" }] };
const bits: TActor = { role: "COORDINATOR", memberships: [] };
const derived = (key: string, states = {}) =>
  deriveSteps({ profile: { blpMember: false, hasSupplier: false }, states, today: "2026-11-26" }).find((d) => d.step.key === key)!;
const statuses = (list: ReturnType<typeof allowedTransitions>) => list.map((t) => t.status);

describe("allowedTransitions", () => {
  it("offers an institution user nothing on a Bits step and no NOT_APPLICABLE on its own", () => {
    expect(allowedTransitions(member, derived("B-5"), "NOT_STARTED", "i1")).toEqual([]);
    expect(statuses(allowedTransitions(member, derived("A-1"), "NOT_STARTED", "i1"))).toEqual(["IN_PROGRESS", "DONE", "BLOCKED"]);
  });

  it("offers review instead of DONE on C-4, and only review outcomes to Bits while it awaits review", () => {
    const c4 = derived("C-4", { "C-3": { status: "DONE" }, "A-6": { status: "DONE" } });
    expect(statuses(allowedTransitions(member, c4, "IN_PROGRESS", "i1"))).toEqual(["NOT_STARTED", "AWAITING_REVIEW", "BLOCKED"]);
    const returns = allowedTransitions(bits, c4, "AWAITING_REVIEW", "i1");
    expect(returns.find((t) => t.status === "DONE")).toEqual({ status: "DONE", needsReason: false, override: false });
    expect(returns.find((t) => t.status === "IN_PROGRESS")?.needsReason).toBe(true);
  });

  it("marks a coordinator's DONE with open prerequisites as an override needing a reason", () => {
    expect(allowedTransitions(bits, derived("C-2"), "NOT_STARTED", "i1").find((t) => t.status === "DONE")).toEqual({ status: "DONE", needsReason: true, override: true });
    expect(statuses(allowedTransitions(member, derived("C-2"), "NOT_STARTED", "i1"))).not.toContain("DONE");
  });
});
