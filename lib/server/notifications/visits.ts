// "New since your last visit" (issue 14): when a person last opened an institution's page.
import type { PrismaClient } from "../prisma-client";

/** The person's last visit of each institution (before this one), by institution id. */
export async function visitsOf(db: PrismaClient, userId: string): Promise<Map<string, Date>> {
  const rows = await db.institutionVisit.findMany({ where: { userId }, select: { institutionId: true, visitedAt: true } });
  return new Map(rows.map((r) => [r.institutionId, r.visitedAt]));
}

/** Records a visit now and returns the previous one (null: first visit). */
export async function recordVisit(db: PrismaClient, userId: string, institutionId: string, now = new Date()): Promise<Date | null> {
  const rows = await db.$queryRaw<{ previous: Date | null }[]>`
    WITH old AS (SELECT "visitedAt" FROM "InstitutionVisit" WHERE "userId" = ${userId} AND "institutionId" = ${institutionId})
    INSERT INTO "InstitutionVisit" ("userId", "institutionId", "visitedAt") VALUES (${userId}, ${institutionId}, ${now})
    ON CONFLICT ("userId", "institutionId") DO UPDATE SET "visitedAt" = EXCLUDED."visitedAt"
    RETURNING (SELECT "visitedAt" FROM old) AS "previous"`;
  return rows[0]?.previous ?? null;
}

/** Whether something changed after the visit. Never visited is not marked (a coordinator's 500
 * unopened institutions would all be "new"). */
export function isNewSince(changedAt: Date | string | null | undefined, visitedAt: Date | null | undefined): boolean {
  if (!changedAt || !visitedAt) return false;
  return new Date(changedAt).getTime() > visitedAt.getTime();
}

/** The overview rows (of one page) whose institution changed since the viewer's last visit. */
export function newSinceVisit(rows: { institution: { id: string }; lastActivity: string }[], visits: Map<string, Date>): Set<string> {
  return new Set(rows.filter((r) => isNewSince(r.lastActivity, visits.get(r.institution.id))).map((r) => r.institution.id));
}
