import { AppError } from "../../errors/app-error";
import { recordAudit } from "../audit/record-audit";
import { hashPassword, verifyPassword } from "../auth/password";
import type { PrismaClient } from "../prisma-client";

/**
 * Changes the actor's own password and bumps sessionVersion, which signs the user out
 * everywhere (every session carries the version it was issued with).
 */
export async function changePassword(opts: { db: PrismaClient; userId: string; currentPassword: string; newPassword: string }) {
  const user = await opts.db.user.findUnique({ where: { id: opts.userId } });
  if (!user || user.disabled) throw new AppError("NOT_FOUND");
  if (!(await verifyPassword(user.passwordHash, opts.currentPassword))) {
    throw new AppError("INVALID", "wrongPassword");
  }
  const passwordHash = await hashPassword(opts.newPassword);
  await opts.db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actor: user.email, action: "user.password-change", subject: `user:${user.id}` });
  });
}
