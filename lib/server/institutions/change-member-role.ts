// Makes a member OWNER or MEMBER (`member.manage`); the last owner cannot be demoted.
import { AppError } from "../../errors/app-error";
import type { TMemberRole } from "../../onboarding/permissions";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../prisma-client";
import { requireAccess, type CoreActor } from "../access/require-access";
import { assertNotLastOwner, isLastOwnerViolation, lastOwner, lockInstitution } from "./owner-guard";

export async function changeMemberRole(opts: {
  db: PrismaClient;
  actor: CoreActor;
  institutionId: string;
  membershipId: string;
  memberRole: TMemberRole;
}) {
  const { db, actor, institutionId, membershipId, memberRole } = opts;
  await requireAccess({ db, actor, action: "member.manage", institutionId });
  return db.$transaction(async (tx) => {
    await lockInstitution(tx, institutionId); // owners changing each other at once: one after the other
    // Scoped by institution: a membership id from elsewhere is simply "not found".
    const before = await tx.membership.findFirst({
      where: { id: membershipId, institutionId },
      include: { user: { select: { email: true } } },
    });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.memberRole === memberRole) return before;
    if (before.memberRole === "OWNER") await assertNotLastOwner(tx, institutionId);
    const after = await tx.membership.update({ where: { id: membershipId }, data: { memberRole } });
    await recordAudit(tx, {
      actor: actor.email,
      action: "member.role.change",
      subject: `user:${before.userId}`,
      institutionId,
      before: { email: before.user.email, memberRole: before.memberRole },
      after: { email: before.user.email, memberRole },
    });
    return after;
  }).catch((error: unknown) => {
    throw isLastOwnerViolation(error) ? lastOwner() : error;
  });
}
