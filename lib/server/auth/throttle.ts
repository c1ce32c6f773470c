// Limits on password checks (sign-in, change password, …), counted in the database so every app
// instance shares them. An attempt is *reserved* before the password is verified: the counter is
// read and raised under a row lock in one transaction, so parallel guesses cannot all pass the
// check while argon2 runs. A successful check gives its reservation back.
import crypto from "node:crypto";
import type { PrismaClient } from "../prisma-client";

export interface ThrottleRule {
  /** attempts allowed per window */
  points: number;
  windowMs: number;
  /** when set, going over the limit blocks for blockMs · 2^(earlier blocks), at most maxBlockMs */
  blockMs?: number;
  maxBlockMs?: number;
  /** how long a row outlives its window (remembers earlier blocks so the delay keeps growing) */
  retainMs?: number;
}

const MINUTE = 60_000;

/**
 * Failures are limited per (account, client) with a growing delay, per client across accounts, and
 * per account across clients with a generous cap: one attacker's guesses lock out that attacker,
 * not the account's owner signing in from elsewhere (OWASP, "Account lockout").
 */
export const SIGN_IN_LIMITS = {
  perAccountClient: { points: 5, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE, maxBlockMs: 24 * 60 * MINUTE, retainMs: 24 * 60 * MINUTE },
  perClient: { points: 30, windowMs: 15 * MINUTE },
  perAccount: { points: 100, windowMs: 60 * MINUTE },
} as const satisfies Record<string, ThrottleRule>;

/** Keys are hashes: bounded length whatever the e-mail or address. */
export function throttleKey(kind: string, ...parts: string[]): string {
  return `${kind}:${crypto.createHash("sha256").update(parts.join("\u0000")).digest("base64url")}`;
}

export type Reservation = { ok: true } | { ok: false; retryMs: number };

/** Atomically counts one attempt against `key`; refused when over the rule's limit or blocked. */
export async function reserveAttempt(db: PrismaClient, key: string, rule: ThrottleRule, now = new Date()): Promise<Reservation> {
  const t = now.getTime();
  return db.$transaction(async (tx) => {
    // Insert the row if missing, then lock it. A success elsewhere may delete it in between
    // (releaseAttempt with forget): then the lock finds nothing and the insert is tried again.
    for (let tries = 0; ; tries++) {
      await tx.authThrottle.createMany({
        data: [{ key, hits: 0, windowEnd: new Date(t + rule.windowMs), expiresAt: new Date(t + rule.windowMs + (rule.retainMs ?? 0)) }],
        skipDuplicates: true,
      });
      const locked = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "AuthThrottle" WHERE key = ${key} FOR UPDATE`;
      if (locked.length === 1) break;
      if (tries >= 5) throw new Error("sign-in limiter: the counter row kept disappearing");
    }
    const row = await tx.authThrottle.findUniqueOrThrow({ where: { key } });
    if (row.blockedUntil && row.blockedUntil.getTime() > t) return { ok: false, retryMs: row.blockedUntil.getTime() - t };
    const fresh = row.windowEnd.getTime() <= t;
    const windowEnd = fresh ? new Date(t + rule.windowMs) : row.windowEnd;
    const hits = (fresh ? 0 : row.hits) + 1;
    const retain = rule.retainMs ?? 0;
    if (hits <= rule.points) {
      const expiresAt = new Date(Math.max(windowEnd.getTime(), row.blockedUntil?.getTime() ?? 0) + retain);
      await tx.authThrottle.update({ where: { key }, data: { hits, windowEnd, expiresAt } });
      return { ok: true };
    }
    if (rule.blockMs) {
      const block = Math.min(rule.blockMs * 2 ** row.strikes, rule.maxBlockMs ?? rule.blockMs);
      const blockedUntil = new Date(t + block);
      await tx.authThrottle.update({
        where: { key },
        data: { hits: 0, windowEnd: blockedUntil, blockedUntil, strikes: row.strikes + 1, expiresAt: new Date(blockedUntil.getTime() + retain) },
      });
      return { ok: false, retryMs: block };
    }
    return { ok: false, retryMs: windowEnd.getTime() - t };
  });
}

/** Gives a reservation back (a successful check); `forget` drops the row, earlier blocks included. */
export async function releaseAttempt(db: PrismaClient, key: string, opts: { forget?: boolean } = {}): Promise<void> {
  if (opts.forget) {
    await db.authThrottle.deleteMany({ where: { key } });
    return;
  }
  await db.$executeRaw`UPDATE "AuthThrottle" SET hits = GREATEST(hits - 1, 0) WHERE key = ${key}`;
}

/** Deletes counters past their expiry. */
export async function deleteExpiredThrottles(db: PrismaClient, now = new Date()): Promise<number> {
  const { count } = await db.authThrottle.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
