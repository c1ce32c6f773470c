// Sends a pending invitation again: a new token and a new expiry on the same row, so the old
// link is dead the moment the new one exists. Audited; returns the new link (shown once).
import { AppError } from "../../errors/app-error";
import { recordAudit } from "../audit/record-audit";
import type { CoreActor } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";
import { invitationLink } from "./create-invitation";
import { pendingInvitationFor } from "./pending-invitation";
import { hashInvitationToken, INVITATION_TTL_MS, newInvitationToken } from "./token";

export async function resendInvitation(opts: { db: PrismaClient; actor: CoreActor; invitationId: string; institutionId?: string; now?: Date; baseUrl?: string }) {
  const { db, actor } = opts;
  const invitation = await pendingInvitationFor(opts);
  const token = newInvitationToken();
  const expiresAt = new Date((opts.now ?? new Date()).getTime() + INVITATION_TTL_MS);
  await db.$transaction(async (tx) => {
    // only while still pending: an acceptance in between wins
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, usedAt: null }, data: { tokenHash: hashInvitationToken(token), expiresAt } });
    if (count === 0) throw new AppError("CONFLICT", "used");
    await recordAudit(tx, {
      actor: actor.email,
      action: "invitation.resend",
      subject: `invitation:${invitation.id}`,
      institutionId: invitation.institutionId,
      before: { expiresAt: invitation.expiresAt.toISOString() },
      after: { email: invitation.email, expiresAt: expiresAt.toISOString() },
    });
  });
  return { invitation: { ...invitation, expiresAt }, link: invitationLink(token, opts.baseUrl) };
}
