import "server-only";
import type { PrismaClient } from "../prisma-client";

/** Names of the users behind audit actors (e-mail addresses), for personFromActor. */
export async function actorNames(db: Pick<PrismaClient, "user">, actors: Iterable<string>): Promise<Map<string, string>> {
  const emails = [...new Set([...actors].map((a) => a.trim().toLowerCase()).filter((a) => a.includes("@")))];
  if (emails.length === 0) return new Map();
  const users = await db.user.findMany({ where: { email: { in: emails } }, select: { email: true, name: true } });
  return new Map(users.map((u) => [u.email.toLowerCase(), u.name]));
}
