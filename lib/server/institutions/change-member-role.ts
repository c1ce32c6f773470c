// Makes a member OWNER or MEMBER (`member.manage`); the last owner cannot be demoted.
import { AppError } from "../../errors/app-error";
import type { TMemberRole } from "../../onboarding/permissions";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../prisma-client";
import { requireAccess, type CoreActor } from "../access/require-access";

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
    // Scoped by institution: a membership id from elsewhere is simply "not found".
    const before = await tx.membership.findFirst({
      where: { id: membershipId, institutionId },
      include: { user: { select: { email: true } } },
    });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.memberRole === memberRole) return before;
    if (before.memberRole === "OWNER") {
      const owners = await tx.membership.count({ where: { institutionId, memberRole: "OWNER" } });
      if (owners <= 1) throw new AppError("CONFLICT", "last owner");
    }
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
  });
}
