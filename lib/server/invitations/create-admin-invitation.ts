// `npm run admin:create`: the first administrator of a real installation (which has no demo
// logins) and any later one, from the command line. No account is made yet: an ADMIN invitation
// without inviter is issued, and its one-time link lets the person set their own password (the
// account is created when it is accepted, as for every invitation). Running it again for the same
// e-mail re-issues: earlier open links of that e-mail's global invitations stop working.
import { AppError } from "../../errors/app-error";
import { ZAdminCreateSchema } from "../../validation/invitation";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../prisma-client";
import { hashInvitationToken, INVITATION_TTL_MS, newInvitationToken } from "./token";

export const ADMIN_CREATE_ACTOR = "admin:create (command line)";

export interface CreateAdminInvitationResult {
  link: string;
  email: string;
  expiresAt: Date;
  /** earlier open links for this e-mail that no longer work */
  revoked: number;
  /** the e-mail already has an account (not an admin): it accepts as that account */
  existingAccount: boolean;
}

export async function createAdminInvitation(opts: {
  db: PrismaClient;
  email: string;
  name: string;
  baseUrl: string;
  now?: Date;
}): Promise<CreateAdminInvitationResult> {
  const parsed = ZAdminCreateSchema.safeParse({ email: opts.email, name: opts.name, baseUrl: opts.baseUrl });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    throw new AppError("INVALID", "invalid input", { fieldErrors });
  }
  const { email, name, baseUrl } = parsed.data;
  const { db } = opts;
  const now = opts.now ?? new Date();
  const existing = await db.user.findUnique({ where: { email }, select: { role: true, disabled: true } });
  if (existing?.role === "ADMIN") throw new AppError("CONFLICT", "already an administrator", { fieldErrors: { email: ["errors.alreadyAdmin"] } });
  const token = newInvitationToken();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const revoked = await db.$transaction(async (tx) => {
    const open = await tx.invitation.findMany({
      where: { email, institutionId: null, usedAt: null, expiresAt: { gt: now } },
      select: { id: true },
    });
    if (open.length > 0) {
      await tx.invitation.updateMany({ where: { id: { in: open.map((i) => i.id) } }, data: { expiresAt: now } });
      for (const i of open) await recordAudit(tx, { actor: ADMIN_CREATE_ACTOR, action: "invitation.revoke", subject: `invitation:${i.id}`, after: { email, reason: "re-issued" } });
    }
    const created = await tx.invitation.create({
      data: { email, name, institutionId: null, role: "ADMIN", memberRole: null, tokenHash: hashInvitationToken(token), expiresAt, invitedById: null },
    });
    await recordAudit(tx, {
      actor: ADMIN_CREATE_ACTOR,
      action: "invitation.create",
      subject: `invitation:${created.id}`,
      after: { email, name, role: "ADMIN", memberRole: null, expiresAt: expiresAt.toISOString() },
    });
    return open.length;
  });
  return { link: `${baseUrl.replace(/\/+$/, "")}/invitation/${token}`, email, expiresAt, revoked, existingAccount: existing !== null };
}
