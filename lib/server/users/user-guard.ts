// Shared rules of the users admin: `user.manage` for everyone, `coordinator.manage` (admins)
// when the target is or becomes a coordinator/admin, and never on oneself.
import { AppError } from "../../errors/app-error";
import { isCoordinator, type TUserRole } from "../../onboarding/permissions";
import type { PrismaClient } from "../prisma-client";
import { requireAccess, type CoreActor } from "../access/require-access";

export async function loadManagedUser(opts: { db: PrismaClient; actor: CoreActor; userId: string; newRole?: TUserRole }) {
  const { db, actor, userId } = opts;
  await requireAccess({ db, actor, action: "user.manage" });
  if (userId === actor.id) throw new AppError("INVALID", "self");
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, disabled: true, sessionVersion: true },
  });
  if (!user) throw new AppError("NOT_FOUND");
  const touchesCoordinators = isCoordinator(user) || (opts.newRole !== undefined && isCoordinator({ role: opts.newRole }));
  if (touchesCoordinators) await requireAccess({ db, actor, action: "coordinator.manage" });
  return user;
}
