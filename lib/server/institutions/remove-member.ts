// Removes someone from an institution (`member.manage`); the last owner stays.
import { AppError } from "../../errors/app-error";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../prisma-client";
import { requireAccess, type CoreActor } from "../access/require-access";
import { notifyMembership } from "../notifications/events";
import { assertNotLastOwner, isLastOwnerViolation, lastOwner, lockInstitution } from "./owner-guard";

export async function removeMember(opts: { db: PrismaClient; actor: CoreActor; institutionId: string; membershipId: string }) {
  const { db, actor, institutionId, membershipId } = opts;
  await requireAccess({ db, actor, action: "member.manage", institutionId });
  await db.$transaction(async (tx) => {
    await lockInstitution(tx, institutionId); // owners removing each other at once: one after the other
    const before = await tx.membership.findFirst({
      where: { id: membershipId, institutionId },
      include: { user: { select: { email: true } } },
    });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.memberRole === "OWNER") await assertNotLastOwner(tx, institutionId);
    await tx.membership.delete({ where: { id: membershipId } });
    await recordAudit(tx, {
      actor: actor.email,
      action: "member.remove",
      subject: `user:${before.userId}`,
      institutionId,
      before: { email: before.user.email, memberRole: before.memberRole },
    });
    await notifyMembership(tx, { userId: before.userId, institutionId, change: "removed", actorId: actor.id });
  }).catch((error: unknown) => {
    throw isLastOwnerViolation(error) ? lastOwner() : error;
  });
}
