// Every user account, for `user.manage`, optionally filtered by name or e-mail.
import type { PrismaClient } from "../prisma-client";
import { requireAccess, type CoreActor } from "../access/require-access";

export async function listUsers(opts: { db: PrismaClient; actor: CoreActor; query?: string }) {
  await requireAccess({ db: opts.db, actor: opts.actor, action: "user.manage" });
  const q = opts.query?.trim();
  const users = await opts.db.user.findMany({
    where: q
      ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q.toLowerCase() } }] }
      : {},
    orderBy: [{ name: "asc" }, { email: "asc" }],
    take: 500,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabled: true,
      lastSignInAt: true,
      supplierOrgnr: true,
      memberships: {
        select: { memberRole: true, institution: { select: { id: true, name: true } } },
        orderBy: { institution: { name: "asc" } },
      },
    },
  });
  return users.map((u) => ({
    ...u,
    memberships: u.memberships.map((m) => ({ institutionId: m.institution.id, name: m.institution.name, memberRole: m.memberRole })),
  }));
}

export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];
