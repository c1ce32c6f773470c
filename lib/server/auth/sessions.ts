// Server-side session records. The session cookie (next-auth's encrypted JWT) carries the row's
// id; loadActor checks the row on every request, so ending a session here ends it everywhere.
import crypto from "node:crypto";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../prisma-client";

type Tx = Pick<PrismaClient, "session">;

export interface SessionPolicy {
  /** idle limit: a session ends this long after its last use (SESSION_MAX_AGE_HOURS) */
  idleMs: number;
  /** absolute limit: a session ends this long after sign-in (SESSION_ABSOLUTE_MAX_HOURS) */
  absoluteMs: number;
}

/** lastSeenAt is written at most this often per session, so a request rarely writes. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

export function sessionPolicy(env: { SESSION_MAX_AGE_HOURS: number; SESSION_ABSOLUTE_MAX_HOURS: number }): SessionPolicy {
  return { idleMs: env.SESSION_MAX_AGE_HOURS * 3_600_000, absoluteMs: env.SESSION_ABSOLUTE_MAX_HOURS * 3_600_000 };
}

const CLEANUP_EVERY_MS = 10 * 60_000;
let lastCleanup = 0;

/** A new session for a user who has just proved who they are; returns its id (for the JWT). */
export async function createSession(opts: { db: Tx; userId: string; policy: SessionPolicy; now?: Date }): Promise<string> {
  const now = opts.now ?? new Date();
  // ended sessions are deleted now and then (at most every 10 minutes per process), off the sign-in's path
  if (Date.now() - lastCleanup >= CLEANUP_EVERY_MS) {
    lastCleanup = Date.now();
    deleteEndedSessions({ db: opts.db, policy: opts.policy }).catch((error) => console.error("[auth] deleting ended sessions failed", error));
  }
  const id = crypto.randomBytes(32).toString("base64url");
  await opts.db.session.create({
    data: { id, userId: opts.userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + opts.policy.absoluteMs) },
  });
  return id;
}

/** Sign-out: this one session ends, recorded in the audit trail with the sign-out. */
export async function revokeSession(opts: { db: PrismaClient; sessionId: string; now?: Date }): Promise<void> {
  await opts.db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({ where: { id: opts.sessionId }, select: { revokedAt: true, user: { select: { id: true, email: true } } } });
    if (!session || session.revokedAt) return;
    await tx.session.update({ where: { id: opts.sessionId }, data: { revokedAt: opts.now ?? new Date() } });
    await recordAudit(tx, { actor: session.user.email, action: "user.sign-out", subject: `user:${session.user.id}` });
  });
}

/** Password change, disabling: every session of the user ends (call inside the write's transaction). */
export async function revokeUserSessions(opts: { db: Tx; userId: string; now?: Date }): Promise<number> {
  const { count } = await opts.db.session.updateMany({ where: { userId: opts.userId, revokedAt: null }, data: { revokedAt: opts.now ?? new Date() } });
  return count;
}

/** Deletes sessions that can no longer be used (revoked, idle too long, or past their absolute end). */
export async function deleteEndedSessions(opts: { db: Tx; policy: SessionPolicy; now?: Date }): Promise<number> {
  const now = opts.now ?? new Date();
  const { count } = await opts.db.session.deleteMany({
    where: { OR: [{ revokedAt: { not: null } }, { expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - opts.policy.idleMs) } }] },
  });
  return count;
}
