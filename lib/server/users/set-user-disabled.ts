// Disables or re-enables an account. Disabling ends every session of the user at once.
import { recordAudit } from "../audit/record-audit";
import { revokeUserSessions } from "../auth/sessions";
import type { PrismaClient } from "../prisma-client";
import type { CoreActor } from "../access/require-access";
import { loadManagedUser } from "./user-guard";

export async function setUserDisabled(opts: { db: PrismaClient; actor: CoreActor; userId: string; disabled: boolean }) {
  const { db, actor, userId, disabled } = opts;
  const before = await loadManagedUser({ db, actor, userId });
  if (before.disabled === disabled) return before;
  return db.$transaction(async (tx) => {
    const after = await tx.user.update({
      where: { id: userId },
      data: { disabled, ...(disabled ? { sessionVersion: { increment: 1 } } : {}) },
      select: { id: true, email: true, role: true, disabled: true, sessionVersion: true },
    });
    if (disabled) await revokeUserSessions({ db: tx, userId });
    await recordAudit(tx, {
      actor: actor.email,
      action: disabled ? "user.disable" : "user.enable",
      subject: `user:${userId}`,
      before: { email: before.email, disabled: before.disabled },
      after: { email: after.email, disabled: after.disabled },
    });
    return after;
  });
}
