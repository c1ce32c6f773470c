// The members of one institution, for actors allowed `member.read` on it.
import type { PrismaClient } from "../prisma-client";
import { requireAccess, type CoreActor } from "../access/require-access";

export async function listMembers(opts: { db: PrismaClient; actor: CoreActor; institutionId: string }) {
  await requireAccess({ ...opts, action: "member.read" });
  const rows = await opts.db.membership.findMany({
    where: { institutionId: opts.institutionId },
    orderBy: [{ memberRole: "asc" }, { user: { name: "asc" } }],
    select: {
      id: true,
      memberRole: true,
      user: { select: { id: true, name: true, email: true, disabled: true, lastSignInAt: true } },
    },
  });
  return rows.map((m) => ({
    membershipId: m.id,
    memberRole: m.memberRole,
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    disabled: m.user.disabled,
    lastSignInAt: m.user.lastSignInAt,
  }));
}

export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];
