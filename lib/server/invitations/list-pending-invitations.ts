// Invitations not yet accepted (expired ones included: they can be sent again), newest first.
// For an institution: whoever may invite there (owners, Bits). All of them: the user admin.
import type { PrismaClient } from "../prisma-client";
import { requireAccess, type CoreActor } from "../access/require-access";

export interface TPendingInvitation {
  id: string;
  email: string;
  role: "ADMIN" | "COORDINATOR" | "INSTITUTION_USER";
  memberRole: "OWNER" | "MEMBER" | null;
  institution: { id: string; name: string } | null;
  invitedByName: string | null;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
}

export async function listPendingInvitations(opts: { db: PrismaClient; actor: CoreActor; institutionId?: string; now?: Date }): Promise<TPendingInvitation[]> {
  const { db, actor, institutionId } = opts;
  if (institutionId) await requireAccess({ db, actor, action: "member.invite", institutionId });
  else await requireAccess({ db, actor, action: "user.manage" });
  const now = (opts.now ?? new Date()).getTime();
  const rows = await db.invitation.findMany({
    where: { usedAt: null, ...(institutionId ? { institutionId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true, email: true, role: true, memberRole: true, createdAt: true, expiresAt: true,
      institution: { select: { id: true, name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    memberRole: r.memberRole,
    institution: r.institution,
    invitedByName: r.invitedBy?.name ?? null,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    expired: r.expiresAt.getTime() <= now,
  }));
}
