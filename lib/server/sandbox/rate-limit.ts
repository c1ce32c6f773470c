// Requests per token, counted in the database (RateLimiterPrisma) so every app instance shares them.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "../prisma-client";

export const SANDBOX_RATE_LIMIT = { points: 600, duration: 60 } as const;

export interface SandboxLimiter {
  /** null when allowed; else the seconds to wait (at least 1). */
  consume(tokenId: string): Promise<number | null>;
}

export function createSandboxLimiter(db: PrismaClient, limits: { points: number; duration: number } = SANDBOX_RATE_LIMIT): SandboxLimiter {
  const limiter = new RateLimiterPrisma({
    storeClient: db, tableName: "rateLimiterFlexible", keyPrefix: "sandbox-token", ...limits, clearExpiredByTimeout: false,
  });
  return {
    async consume(tokenId) {
      try {
        await limiter.consume(tokenId, 1);
        return null;
      } catch (error) {
        if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
        throw error;
      }
    },
  };
}
