// The pending invitation a resend or revoke names, after the access check of its scope: the
// institution's `member.invite`, or `coordinator.manage` for an invitation to the Bits roles.
// `institutionId`, when given, is the page's institution: an invitation elsewhere is not found.
import { AppError } from "../../errors/app-error";
import { requireAccess, type CoreActor } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";

export async function pendingInvitationFor(opts: { db: PrismaClient; actor: CoreActor; invitationId: string; institutionId?: string }) {
  const { db, actor } = opts;
  if (opts.institutionId) await requireAccess({ db, actor, action: "member.invite", institutionId: opts.institutionId });
  const invitation = await db.invitation.findUnique({ where: { id: opts.invitationId } });
  if (!invitation || (opts.institutionId && invitation.institutionId !== opts.institutionId)) throw new AppError("NOT_FOUND");
  if (invitation.institutionId) await requireAccess({ db, actor, action: "member.invite", institutionId: invitation.institutionId });
  else await requireAccess({ db, actor, action: "coordinator.manage" });
  if (invitation.usedAt) throw new AppError("CONFLICT", "used");
  return invitation;
}
