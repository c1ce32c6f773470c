import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "../prisma-client";

// Counters live in the database, so every app instance behind a load balancer shares them.
export const SIGN_IN_LIMITS = {
  perAccount: { points: 5, duration: 15 * 60 },
  perIp: { points: 30, duration: 15 * 60 },
} as const;

export interface SignInLimiter {
  /** null when allowed; else the minutes to wait (at least 1). */
  check(email: string, ip: string): Promise<number | null>;
  /** Counts a failed attempt against both the account and the IP. */
  fail(email: string, ip: string): Promise<void>;
  /** A successful sign-in clears the account's counter. */
  succeed(email: string): Promise<void>;
}

export function createSignInLimiter(prisma: PrismaClient): SignInLimiter {
  const make = (keyPrefix: string, o: { points: number; duration: number }) =>
    new RateLimiterPrisma({ storeClient: prisma, tableName: "rateLimiterFlexible", keyPrefix, ...o, clearExpiredByTimeout: false });
  const account = make("signin-account", SIGN_IN_LIMITS.perAccount);
  const ipLimiter = make("signin-ip", SIGN_IN_LIMITS.perIp);
  const minutes = (res: RateLimiterRes | null) => Math.max(1, Math.ceil((res?.msBeforeNext ?? 60_000) / 60_000));

  return {
    async check(email, ip) {
      const [a, i] = await Promise.all([account.get(email), ipLimiter.get(ip)]);
      const blocked = [
        a && a.consumedPoints >= SIGN_IN_LIMITS.perAccount.points ? a : null,
        i && i.consumedPoints >= SIGN_IN_LIMITS.perIp.points ? i : null,
      ].filter((r): r is RateLimiterRes => r !== null);
      if (blocked.length === 0) return null;
      return Math.max(...blocked.map(minutes));
    },
    async fail(email, ip) {
      await Promise.all([account.penalty(email, 1), ipLimiter.penalty(ip, 1)]);
    },
    async succeed(email) {
      await account.delete(email);
    },
  };
}
