// The dispatcher's retry schedule (issue 14). Pure.

/** After this many failed attempts a message is given up (FAILED) and shown to administrators. */
export const MAX_ATTEMPTS = 8;

/** How long a claimed message stays leased to one dispatcher before another may take it. */
export const LEASE_MS = 2 * 60_000;

const STEPS_MS = [30_000, 60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000, 3 * 3_600_000, 6 * 3_600_000];

/** Wait before attempt number `attempts + 1`, after `attempts` failures (1-based). */
export function backoffMs(attempts: number): number {
  return STEPS_MS[Math.min(Math.max(attempts, 1), STEPS_MS.length) - 1];
}

/** What a failure leads to: another try at `retryAt`, or giving up. */
export function afterFailure(attempts: number, now: Date): { status: "PENDING"; retryAt: Date } | { status: "FAILED" } {
  if (attempts >= MAX_ATTEMPTS) return { status: "FAILED" };
  return { status: "PENDING", retryAt: new Date(now.getTime() + backoffMs(attempts)) };
}
