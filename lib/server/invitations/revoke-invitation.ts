// Withdraws a pending invitation: the row goes (its link then leads nowhere); the audit trail
// keeps who invited whom and who withdrew it.
import { AppError } from "../../errors/app-error";
import { recordAudit } from "../audit/record-audit";
import type { CoreActor } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";
import { pendingInvitationFor } from "./pending-invitation";

export async function revokeInvitation(opts: { db: PrismaClient; actor: CoreActor; invitationId: string; institutionId?: string }) {
  const { db, actor } = opts;
  const invitation = await pendingInvitationFor(opts);
  await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.deleteMany({ where: { id: invitation.id, usedAt: null } });
    if (count === 0) throw new AppError("CONFLICT", "used");
    await recordAudit(tx, {
      actor: actor.email,
      action: "invitation.revoke",
      subject: `invitation:${invitation.id}`,
      institutionId: invitation.institutionId,
      before: { email: invitation.email, role: invitation.role, memberRole: invitation.memberRole, expiresAt: invitation.expiresAt.toISOString() },
    });
  });
  return { email: invitation.email };
}
