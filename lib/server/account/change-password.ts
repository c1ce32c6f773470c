import { AppError } from "../../errors/app-error";
import { passwordWeaknessErrors } from "../auth/password-rules";
import { recordAudit } from "../audit/record-audit";
import { checkPassword } from "../auth/check-password";
import { hashPassword } from "../auth/password";
import { revokeUserSessions } from "../auth/sessions";
import type { PrismaClient } from "../prisma-client";

/**
 * Changes the actor's own password. The current password goes through the one limited password
 * check (like sign-in); the new one must be strong. Every session of the user ends, this one too.
 */
export async function changePassword(opts: { db: PrismaClient; userId: string; currentPassword: string; newPassword: string; client: string }) {
  const user = await opts.db.user.findUnique({ where: { id: opts.userId } });
  if (!user || user.disabled) throw new AppError("NOT_FOUND");
  const weak = passwordWeaknessErrors(opts.newPassword, user);
  if (weak) throw new AppError("INVALID", "weakPassword", { fieldErrors: { newPassword: weak } });
  const check = await checkPassword({ db: opts.db, email: user.email, password: opts.currentPassword, client: opts.client });
  if (!check.ok && check.error === "RATE_LIMITED") throw new AppError("RATE_LIMITED", "rateLimited", { retryInMinutes: check.retryInMinutes });
  if (!check.ok || check.user.id !== user.id) throw new AppError("INVALID", "wrongPassword");
  const passwordHash = await hashPassword(opts.newPassword);
  await opts.db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await revokeUserSessions({ db: tx, userId: user.id });
    await recordAudit(tx, { actor: user.email, action: "user.password-change", subject: `user:${user.id}` });
  });
}
