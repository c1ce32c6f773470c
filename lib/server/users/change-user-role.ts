// Changes a user's role. To or from COORDINATOR/ADMIN needs `coordinator.manage` (admins only).
import type { TUserRole } from "../../onboarding/permissions";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../prisma-client";
import type { CoreActor } from "../access/require-access";
import { loadManagedUser } from "./user-guard";

export async function changeUserRole(opts: { db: PrismaClient; actor: CoreActor; userId: string; role: TUserRole }) {
  const { db, actor, userId, role } = opts;
  const before = await loadManagedUser({ db, actor, userId, newRole: role });
  if (before.role === role) return before;
  return db.$transaction(async (tx) => {
    // No need to end sessions: the actor loader reads the role fresh on every request.
    const after = await tx.user.update({
      where: { id: userId },
      data: { role },
      select: { id: true, email: true, role: true, disabled: true, sessionVersion: true },
    });
    await recordAudit(tx, {
      actor: actor.email,
      action: "user.role.change",
      subject: `user:${userId}`,
      before: { email: before.email, role: before.role },
      after: { email: after.email, role: after.role },
    });
    return after;
  });
}
