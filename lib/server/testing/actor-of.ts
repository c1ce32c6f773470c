// Integration tests: the actor a signed-in user would be (role and memberships read from the database).
import type { CoreActor } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";

export async function actorOf(prisma: PrismaClient, userId: string): Promise<CoreActor> {
  const u = await prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: true } });
  return { id: u.id, email: u.email, role: u.role, memberships: u.memberships.map((m) => ({ institutionId: m.institutionId, memberRole: m.memberRole })) };
}
