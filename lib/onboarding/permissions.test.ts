import { describe, expect, it } from "vitest";
import { ACTIONS, PERMISSIONS, PermissionDeniedError, assertCan, can, type TActor } from "./permissions";

const admin: TActor = { role: "ADMIN", memberships: [] };
const coordinator: TActor = { role: "COORDINATOR", memberships: [] };
const owner: TActor = { role: "INSTITUTION_USER", memberships: [{ institutionId: "inst-1", memberRole: "OWNER" }] };
const member: TActor = {
  role: "INSTITUTION_USER",
  memberships: [
    { institutionId: "inst-1", memberRole: "MEMBER" },
    { institutionId: "inst-2", memberRole: "OWNER" },
  ],
};

describe("permission table", () => {
  it("gives admins everything and coordinators everything but coordinator management", () => {
    for (const a of ACTIONS) expect(can(admin, a, { institutionId: "any" }), a).toBe(true);
    expect(can(coordinator, "coordinator.manage")).toBe(false);
    expect(can(coordinator, "user.manage")).toBe(true);
    expect(can(admin, "coordinator.manage")).toBe(true);
    expect(PERMISSIONS.COORDINATOR).toContain("step.review");
    expect(PERMISSIONS.COORDINATOR).toContain("step.override");
  });

  it("lets coordinators act on every institution, with or without an id", () => {
    for (const a of ["institution.read", "step.update", "step.review", "member.invite", "audit.read.all", "institution.create"] as const) {
      expect(can(coordinator, a, { institutionId: "inst-9" }), a).toBe(true);
    }
    expect(can(coordinator, "institution.read")).toBe(true);
  });

  it("limits institution users to institutions they belong to", () => {
    expect(can(member, "institution.read", { institutionId: "inst-1" })).toBe(true);
    expect(can(member, "step.update", { institutionId: "inst-1" })).toBe(true);
    expect(can(member, "institution.read", { institutionId: "inst-3" })).toBe(false);
    expect(can(member, "institution.read")).toBe(false);
    expect(can(owner, "step.update", { institutionId: "inst-2" })).toBe(false);
  });

  it("lets only an OWNER invite and manage members, on their own institution", () => {
    expect(can(owner, "member.invite", { institutionId: "inst-1" })).toBe(true);
    expect(can(owner, "member.manage", { institutionId: "inst-1" })).toBe(true);
    expect(can(member, "member.invite", { institutionId: "inst-1" })).toBe(false);
    expect(can(member, "member.manage", { institutionId: "inst-1" })).toBe(false);
    expect(can(member, "member.invite", { institutionId: "inst-2" })).toBe(true);
    expect(can(owner, "member.invite", { institutionId: "inst-2" })).toBe(false);
  });

  it("never gives institution users global or Bits-only actions", () => {
    for (const a of ["institution.create", "user.manage", "coordinator.manage", "audit.read.all", "scenario.manage", "step.review", "step.override"] as const) {
      expect(can(owner, a, { institutionId: "inst-1" }), a).toBe(false);
    }
    expect(can(member, "audit.read", { institutionId: "inst-1" })).toBe(true);
    expect(can(member, "testpanel.use", { institutionId: "inst-1" })).toBe(true);
    expect(can(member, "sandbox.token.manage", { institutionId: "inst-1" })).toBe(true);
  });

  it("assertCan throws a FORBIDDEN error", () => {
    expect(() => assertCan(owner, "step.update", { institutionId: "inst-1" })).not.toThrow();
    try {
      assertCan(member, "member.invite", { institutionId: "inst-1" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PermissionDeniedError);
      expect((e as PermissionDeniedError).code).toBe("FORBIDDEN");
    }
  });
});
