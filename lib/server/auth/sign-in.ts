import type { PrismaClient } from "../prisma-client";
import { recordAudit } from "../audit/record-audit";
import { checkPassword, type PasswordCheckResult } from "./check-password";

export type SignInResult = PasswordCheckResult;

/**
 * E-mail + password sign-in: the one limited password check (check-password.ts), then the
 * sign-in is recorded. The session record is created by the caller (auth-options' jwt callback).
 */
export async function signInWithPassword(opts: { db: PrismaClient; email: string; password: string; client: string; now?: Date }): Promise<SignInResult> {
  const result = await checkPassword(opts);
  if (!result.ok) return result;
  const { user } = result;
  await opts.db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: opts.now ?? new Date() } });
    await recordAudit(tx, { actor: user.email, action: "user.sign-in", subject: `user:${user.id}` });
  });
  return result;
}
