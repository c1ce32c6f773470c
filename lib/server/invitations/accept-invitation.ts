// Accepts an invitation. A new e-mail gets an account (name + a strong password). An existing
// account accepts only while signed in as that account (it signed in through the one limited
// password check first): no password is ever checked here, so the link is no password oracle.
// The token is marked used with a conditional update, so it can never be used twice, not even by
// two requests at once.
// An invitation for a supplier's staff (Invitation.supplierOrgnr) makes the account that
// supplier's staff (User.supplierOrgnr; audited as user.supplier.change). An account works for one
// supplier at most: one already registered with another supplier is refused ("otherSupplier",
// nothing changes; Bits changes the affiliation on the users page first). An invitation as the
// institution's own staff leaves an existing affiliation as it is.
import { AppError } from "../../errors/app-error";
import { hashPassword } from "../auth/password";
import { passwordWeaknessErrors } from "../auth/password-rules";
import { recordAudit } from "../audit/record-audit";
import { isUniqueViolation } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";
import { hashInvitationToken } from "./token";
import { notifyInvitationAccepted, notifyMembership } from "../notifications/events";

export type AcceptInvitationOptions = {
  db: PrismaClient;
  token: string;
  now?: Date;
} & (
  | { newAccount: { name: string; password: string }; signedInAs?: undefined }
  | { signedInAs: { id: string; email: string }; newAccount?: undefined }
);

const USED = () => new AppError("CONFLICT", "used");
const ROLE_RANK = { INSTITUTION_USER: 0, COORDINATOR: 1, ADMIN: 2 } as const;

export async function acceptInvitation(opts: AcceptInvitationOptions): Promise<{ userId: string; email: string; created: boolean }> {
  const { db } = opts;
  const now = opts.now ?? new Date();
  const invitation = opts.token ? await db.invitation.findUnique({ where: { tokenHash: hashInvitationToken(opts.token) } }) : null;
  if (!invitation) throw new AppError("NOT_FOUND");
  if (invitation.usedAt) throw USED();
  if (invitation.expiresAt.getTime() <= now.getTime()) throw new AppError("GONE", "expired");

  const existing = await db.user.findUnique({ where: { email: invitation.email } });
  if (invitation.supplierOrgnr && existing?.supplierOrgnr && existing.supplierOrgnr !== invitation.supplierOrgnr) {
    throw new AppError("CONFLICT", "otherSupplier");
  }
  let passwordHash: string | null = null;
  let name = "";
  if (opts.signedInAs) {
    // the signed-in account must be the invited one (and still usable)
    if (!existing || existing.id !== opts.signedInAs.id || existing.disabled) throw new AppError("INVALID", "otherAccount");
  } else {
    // Creating an account for an address that has one is refused without saying more than the
    // page does: "sign in to accept" (nothing else is learnt, and no password is checked).
    if (existing) throw new AppError("CONFLICT", "signInToAccept");
    name = opts.newAccount.name.trim();
    if (!name) throw new AppError("INVALID", "name", { fieldErrors: { name: ["errors.required"] } });
    const weak = passwordWeaknessErrors(opts.newAccount.password, { email: invitation.email, name });
    if (weak) throw new AppError("INVALID", "password", { fieldErrors: { password: weak } });
    passwordHash = await hashPassword(opts.newAccount.password);
  }

  try {
    return await db.$transaction(async (tx) => {
      const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, usedAt: null }, data: { usedAt: now } });
      if (claimed.count !== 1) throw USED();
      const audit = { actor: invitation.email, institutionId: invitation.institutionId };

      let user: { id: string; email: string; role: keyof typeof ROLE_RANK; supplierOrgnr: string | null };
      if (existing) {
        user = existing;
        if (invitation.supplierOrgnr && existing.supplierOrgnr !== invitation.supplierOrgnr) {
          // conditional: a change of the affiliation since it was read above is not overwritten
          const set = await tx.user.updateMany({ where: { id: existing.id, supplierOrgnr: null }, data: { supplierOrgnr: invitation.supplierOrgnr } });
          if (set.count !== 1) throw new AppError("CONFLICT", "otherSupplier");
          user = { ...user, supplierOrgnr: invitation.supplierOrgnr };
          await recordAudit(tx, {
            ...audit,
            institutionId: null,
            action: "user.supplier.change",
            subject: `user:${existing.id}`,
            before: { email: existing.email, supplierOrgnr: null },
            after: { email: existing.email, supplierOrgnr: invitation.supplierOrgnr },
          });
        }
        if (ROLE_RANK[invitation.role] > ROLE_RANK[existing.role]) {
          user = { ...(await tx.user.update({ where: { id: existing.id }, data: { role: invitation.role } })), supplierOrgnr: user.supplierOrgnr };
          await recordAudit(tx, {
            ...audit,
            institutionId: null,
            action: "user.role.change",
            subject: `user:${existing.id}`,
            before: { email: existing.email, role: existing.role },
            after: { email: existing.email, role: invitation.role },
          });
        }
      } else {
        user = await tx.user.create({
          data: { email: invitation.email, name, role: invitation.role, passwordHash, supplierOrgnr: invitation.supplierOrgnr },
        });
        await recordAudit(tx, {
          ...audit,
          institutionId: null,
          action: "user.create",
          subject: `user:${user.id}`,
          after: { email: user.email, role: user.role, ...(user.supplierOrgnr ? { supplierOrgnr: user.supplierOrgnr } : {}) },
        });
      }

      if (invitation.institutionId) {
        // An invitation adds or promotes, never demotes: an owner invited as a member stays owner.
        const where = { userId_institutionId: { userId: user.id, institutionId: invitation.institutionId } };
        const current = await tx.membership.findUnique({ where, select: { memberRole: true } });
        const memberRole = current?.memberRole === "OWNER" ? "OWNER" : (invitation.memberRole ?? "MEMBER");
        await tx.membership.upsert({ where, create: { userId: user.id, institutionId: invitation.institutionId, memberRole }, update: { memberRole } });
        await recordAudit(tx, { ...audit, action: "member.add", subject: `user:${user.id}`, after: { email: user.email, memberRole } });
        // an existing account added to one more institution is told (issue 14: "added to an
        // institution → that person"); a new account has just seen the invitation it accepted
        if (existing && !current) {
          await notifyMembership(tx, { userId: user.id, institutionId: invitation.institutionId, change: "added", actorId: invitation.invitedById });
        }
      }
      await recordAudit(tx, { ...audit, action: "invitation.accept", subject: `invitation:${invitation.id}`, after: { userId: user.id } });
      await notifyInvitationAccepted(tx, { inviterId: invitation.invitedById, person: { id: user.id, name: existing?.name ?? name, email: user.email }, institutionId: invitation.institutionId });
      return { userId: user.id, email: user.email, created: !existing };
    });
  } catch (error) {
    // Two invitations for the same new e-mail accepted at once: the second finds the account taken.
    if (isUniqueViolation(error)) throw USED();
    throw error;
  }
}
