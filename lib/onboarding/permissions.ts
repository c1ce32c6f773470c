// Who may do what: one table from role to actions, and one `can` that also checks scope.
// Coordinators (Bits) and admins act on every institution; an institution user only on the
// institutions they are a member of, with what their member role (OWNER | MEMBER) allows.
import { z } from "zod";

export const ACTIONS = [
  "institution.read",
  "institution.create",
  "institution.update",
  "member.read",
  "member.invite",
  "member.manage",
  "user.manage",
  "coordinator.manage",
  "step.update",
  "step.review",
  "step.override",
  "audit.read",
  "audit.read.all",
  "sandbox.token.manage",
  "testpanel.use",
  "scenario.manage",
] as const;
export const ZActionSchema = z.enum(ACTIONS);
export type TAction = z.infer<typeof ZActionSchema>;

export const ZUserRoleSchema = z.enum(["ADMIN", "COORDINATOR", "INSTITUTION_USER"]);
export type TUserRole = z.infer<typeof ZUserRoleSchema>;
export const ZMemberRoleSchema = z.enum(["OWNER", "MEMBER"]);
export type TMemberRole = z.infer<typeof ZMemberRoleSchema>;

export const ZActorSchema = z.object({
  role: ZUserRoleSchema,
  memberships: z.array(z.object({ institutionId: z.string().min(1), memberRole: ZMemberRoleSchema })),
});
export type TActor = z.infer<typeof ZActorSchema>;

const MEMBER_ACTIONS = [
  "institution.read",
  "member.read",
  "step.update",
  "audit.read",
  "sandbox.token.manage",
  "testpanel.use",
] as const satisfies readonly TAction[];

/** The permission table. Institution-scoped actions for OWNER/MEMBER apply only to their own
 * institutions; ADMIN and COORDINATOR rows apply to every institution. */
export const PERMISSIONS: Readonly<Record<"ADMIN" | "COORDINATOR" | TMemberRole, readonly TAction[]>> = {
  ADMIN: ACTIONS,
  // Coordinators manage institutions and their users; only admins manage coordinators.
  COORDINATOR: ACTIONS.filter((a) => a !== "coordinator.manage"),
  // The owner keeps the institution's own facts (supplier) and its members current.
  OWNER: [...MEMBER_ACTIONS, "institution.update", "member.invite", "member.manage"],
  MEMBER: MEMBER_ACTIONS,
};

/** Actions that are never about a single institution: only ADMIN/COORDINATOR rows hold them. */
export const GLOBAL_ACTIONS: readonly TAction[] = [
  "institution.create",
  "user.manage",
  "coordinator.manage",
  "audit.read.all",
  "scenario.manage",
];

export function isCoordinator(actor: Pick<TActor, "role">): boolean {
  return actor.role === "COORDINATOR" || actor.role === "ADMIN";
}

export function memberRoleIn(actor: TActor, institutionId: string | undefined): TMemberRole | null {
  if (!institutionId) return null;
  return actor.memberships.find((m) => m.institutionId === institutionId)?.memberRole ?? null;
}

/**
 * May `actor` do `action` (on `scope.institutionId`)? An institution user needs the
 * institution id for every action: without it the answer is no, never "any of theirs".
 */
export function can(actor: TActor, action: TAction, scope: { institutionId?: string } = {}): boolean {
  if (actor.role === "ADMIN" || actor.role === "COORDINATOR") return PERMISSIONS[actor.role].includes(action);
  if (GLOBAL_ACTIONS.includes(action)) return false;
  const memberRole = memberRoleIn(actor, scope.institutionId);
  return memberRole !== null && PERMISSIONS[memberRole].includes(action);
}

export class PermissionDeniedError extends Error {
  readonly code = "FORBIDDEN";
  constructor(
    readonly action: TAction,
    readonly institutionId?: string,
  ) {
    super(`Not allowed: ${action}${institutionId ? ` on institution ${institutionId}` : ""}`);
    this.name = "PermissionDeniedError";
  }
}

/** Throws PermissionDeniedError unless `can` says yes. */
export function assertCan(actor: TActor, action: TAction, scope: { institutionId?: string } = {}): void {
  if (!can(actor, action, scope)) throw new PermissionDeniedError(action, scope.institutionId);
}
