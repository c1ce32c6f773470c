import type { PrismaClient } from "../prisma-client";
import { recordAudit } from "../audit/record-audit";
import { verifyPassword } from "./password";
import type { SignInLimiter } from "./rate-limit";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; error: "INVALID" }
  | { ok: false; error: "RATE_LIMITED"; retryInMinutes: number };

/**
 * E-mail + password sign-in. Wrong e-mail, wrong password and disabled accounts all give the
 * same INVALID answer; the rate limit is checked before the password is.
 */
export async function signInWithPassword(opts: {
  db: PrismaClient;
  limiter: SignInLimiter;
  email: string;
  password: string;
  ip: string;
}): Promise<SignInResult> {
  const email = opts.email.trim().toLowerCase();
  const wait = await opts.limiter.check(email, opts.ip);
  if (wait !== null) return { ok: false, error: "RATE_LIMITED", retryInMinutes: wait };
  const user = await opts.db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? null, opts.password);
  if (!user || !valid || user.disabled) {
    await opts.limiter.fail(email, opts.ip);
    return { ok: false, error: "INVALID" };
  }
  await opts.limiter.succeed(email);
  await opts.db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAudit(tx, { actor: user.email, action: "user.sign-in", subject: `user:${user.id}` });
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
