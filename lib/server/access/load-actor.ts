// The user behind a session, read on every request (actor.ts): one SQL statement. Prisma's
// findUnique with an include spent ~1 ms of CPU per call building the query, five times the raw
// query's cost, and every page and action pays it.
import type { TActor } from "../../onboarding/permissions";
import { SESSION_TOUCH_INTERVAL_MS, type SessionPolicy } from "../auth/sessions";
import type { PrismaClient } from "../prisma-client";

export interface Actor extends TActor {
  id: string;
  email: string;
  name: string;
  /** User.supplierOrgnr, read in the same statement (the supplier context needs no second read of
   * the user row). Optional: actors built elsewhere (tests, scripts) may leave it out, and then
   * whoever needs it reads it (getSupplierContext). */
  supplierOrgnr?: string | null;
}

interface ActorRow {
  id: string;
  email: string;
  name: string;
  supplierOrgnr: string | null;
  role: Actor["role"];
  memberships: Actor["memberships"];
}

export interface SessionRef {
  userId: unknown;
  sessionId: unknown;
}

// Timestamps go in as UTC ISO strings cast to `timestamp` (the columns hold UTC wall-clock time;
// a zone in the input is ignored), so the result does not depend on the server's TimeZone.
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The actor for a session, or null when the session is unknown, revoked (sign-out, password
 * change, disabled user), idle longer than the policy allows or past its absolute end, or the
 * user is disabled. The same statement slides the session: lastSeenAt is refreshed when it is
 * older than SESSION_TOUCH_INTERVAL_MS (a write at most once a minute per session).
 */
export async function loadActor(db: PrismaClient, ref: SessionRef, policy: SessionPolicy, now = Date.now()): Promise<Actor | null> {
  const { userId, sessionId } = ref;
  if (typeof userId !== "string" || typeof sessionId !== "string" || !userId || !sessionId) return null;
  const at = iso(now);
  const idleSince = iso(now - policy.idleMs);
  const touchBefore = iso(now - SESSION_TOUCH_INTERVAL_MS);
  const [user] = await db.$queryRaw<ActorRow[]>`
    WITH touched AS (
      UPDATE "Session" SET "lastSeenAt" = ${at}::timestamp
      WHERE id = ${sessionId} AND "userId" = ${userId} AND "revokedAt" IS NULL AND "expiresAt" > ${at}::timestamp
        AND "lastSeenAt" > ${idleSince}::timestamp AND "lastSeenAt" < ${touchBefore}::timestamp
      RETURNING id
    )
    SELECT u.id, u.email, u.name, u."supplierOrgnr", u.role::text AS role,
      coalesce(json_agg(json_build_object('institutionId', m."institutionId", 'memberRole', m."memberRole"::text)
        ORDER BY m."createdAt") FILTER (WHERE m.id IS NOT NULL), '[]'::json) AS memberships
    FROM "Session" s
    JOIN "User" u ON u.id = s."userId"
    LEFT JOIN "Membership" m ON m."userId" = u.id
    WHERE s.id = ${sessionId} AND s."userId" = ${userId} AND s."revokedAt" IS NULL AND s."expiresAt" > ${at}::timestamp
      AND s."lastSeenAt" > ${idleSince}::timestamp AND NOT u.disabled
    GROUP BY u.id`;
  if (!user) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, memberships: user.memberships, supplierOrgnr: user.supplierOrgnr };
}
