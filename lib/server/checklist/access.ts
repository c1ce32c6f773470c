// Access checks of the checklist use-cases. Per institution: the shared requireAccess
// (NOT_FOUND + access.denied audit). Cross-institution views: coordinators only, same rule.
import { AppError } from "../../errors/app-error";
import { isCoordinator } from "../../onboarding";
import { recordAudit } from "../audit/record-audit";
import type { CoreActor } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";

export { isUniqueViolation, requireAccess, type CoreActor } from "../access/require-access";

/** The cross-institution views (overview, Bits queue) are for Bits: coordinators and admins. */
export async function requireCoordinator(db: PrismaClient, actor: CoreActor, view: string): Promise<void> {
  if (isCoordinator(actor)) return;
  await recordAudit(db, { actor: actor.email, action: "access.denied", subject: view });
  throw new AppError("NOT_FOUND");
}
