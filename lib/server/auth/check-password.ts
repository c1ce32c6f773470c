// THE password check: sign-in, "change password" and anything else that asks for a password go
// through here, so every guess anywhere counts against the same limits (throttle.ts).
import { z } from "zod";
import type { PrismaClient } from "../prisma-client";
import { verifyPassword } from "./password";
import { deleteExpiredThrottles, releaseAttempt, reserveAttempt, SIGN_IN_LIMITS, throttleKey } from "./throttle";

export type PasswordCheckResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; error: "INVALID" }
  | { ok: false; error: "RATE_LIMITED"; retryInMinutes: number };

// Bounded before anything touches the database or argon2: a 7,000-character e-mail is just wrong.
const ZCredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().min(3).max(254),
  password: z.string().min(1).max(1000),
});

const CLEANUP_EVERY_MS = 10 * 60_000;
let lastCleanup = 0;

/** Deletes expired counters now and then (at most every 10 minutes per process), off the request's path. */
function cleanUpNowAndThen(db: PrismaClient, now: Date) {
  if (now.getTime() - lastCleanup < CLEANUP_EVERY_MS) return;
  lastCleanup = now.getTime();
  deleteExpiredThrottles(db, now).catch((error) => console.error("[auth] deleting expired limiter rows failed", error));
}

/**
 * Checks an account's password. Wrong e-mail, wrong password and disabled accounts give the same
 * INVALID. The attempt is counted (reserved) before the password is verified; a success gives it back.
 */
export async function checkPassword(opts: { db: PrismaClient; email: string; password: string; client: string; now?: Date }): Promise<PasswordCheckResult> {
  const parsed = ZCredentialsSchema.safeParse({ email: opts.email, password: opts.password });
  if (!parsed.success) return { ok: false, error: "INVALID" };
  const { email, password } = parsed.data;
  const now = opts.now ?? new Date();
  cleanUpNowAndThen(opts.db, now);

  const keys = {
    perAccountClient: throttleKey("pw-account-client", email, opts.client),
    perClient: throttleKey("pw-client", opts.client),
    perAccount: throttleKey("pw-account", email),
  };
  const reservations = await Promise.all(
    (Object.keys(keys) as (keyof typeof keys)[]).map(async (k) => ({ k, r: await reserveAttempt(opts.db, keys[k], SIGN_IN_LIMITS[k], now) })),
  );
  const refused = reservations.filter(({ r }) => !r.ok).map(({ r }) => (r.ok ? 0 : r.retryMs));
  if (refused.length > 0) return { ok: false, error: "RATE_LIMITED", retryInMinutes: Math.max(1, Math.ceil(Math.max(...refused) / 60_000)) };

  const user = await opts.db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, disabled: true } });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || user.disabled) return { ok: false, error: "INVALID" };
  await Promise.all([
    releaseAttempt(opts.db, keys.perAccountClient, { forget: true }),
    releaseAttempt(opts.db, keys.perClient),
    releaseAttempt(opts.db, keys.perAccount),
  ]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
