// Accepts an invitation. A new e-mail gets an account (name + password); an existing account
// confirms with its current password and gets the membership or role. The token is marked used
// with a conditional update, so it can never be used twice, not even by two requests at once.
import { AppError } from "../../errors/app-error";
import { hashPassword, verifyPassword } from "../auth/password";
import { MIN_PASSWORD_LENGTH } from "../auth/password-policy";
import { recordAudit } from "../audit/record-audit";
import { isUniqueViolation } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";
import { hashInvitationToken } from "./token";

export interface AcceptInvitationOptions {
  db: PrismaClient;
  token: string;
  password: string;
  /** Required when the e-mail has no account yet; ignored otherwise. */
  name?: string;
  now?: Date;
}

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
  let passwordHash: string | null = null;
  if (existing) {
    const valid = await verifyPassword(existing.passwordHash, opts.password);
    if (!valid || existing.disabled) throw new AppError("INVALID", "password", { fieldErrors: { password: ["errors.wrongPassword"] } });
  } else {
    const name = opts.name?.trim();
    if (!name) throw new AppError("INVALID", "name", { fieldErrors: { name: ["errors.required"] } });
    if (opts.password.length < MIN_PASSWORD_LENGTH) {
      throw new AppError("INVALID", "password", { fieldErrors: { password: ["errors.passwordTooShort"] } });
    }
    passwordHash = await hashPassword(opts.password);
  }

  try {
    return await db.$transaction(async (tx) => {
      const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, usedAt: null }, data: { usedAt: now } });
      if (claimed.count !== 1) throw USED();
      const audit = { actor: invitation.email, institutionId: invitation.institutionId };

      let user: { id: string; email: string; role: keyof typeof ROLE_RANK };
      if (existing) {
        user = existing;
        if (ROLE_RANK[invitation.role] > ROLE_RANK[existing.role]) {
          user = await tx.user.update({ where: { id: existing.id }, data: { role: invitation.role } });
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
          data: { email: invitation.email, name: opts.name!.trim(), role: invitation.role, passwordHash },
        });
        await recordAudit(tx, { ...audit, institutionId: null, action: "user.create", subject: `user:${user.id}`, after: { email: user.email, role: user.role } });
      }

      if (invitation.institutionId) {
        // An invitation adds or promotes, never demotes: an owner invited as a member stays owner.
        const where = { userId_institutionId: { userId: user.id, institutionId: invitation.institutionId } };
        const current = await tx.membership.findUnique({ where, select: { memberRole: true } });
        const memberRole = current?.memberRole === "OWNER" ? "OWNER" : (invitation.memberRole ?? "MEMBER");
        await tx.membership.upsert({ where, create: { userId: user.id, institutionId: invitation.institutionId, memberRole }, update: { memberRole } });
        await recordAudit(tx, { ...audit, action: "member.add", subject: `user:${user.id}`, after: { email: user.email, memberRole } });
      }
      await recordAudit(tx, { ...audit, action: "invitation.accept", subject: `invitation:${invitation.id}`, after: { userId: user.id } });
      return { userId: user.id, email: user.email, created: !existing };
    });
  } catch (error) {
    // Two invitations for the same new e-mail accepted at once: the second finds the account taken.
    if (isUniqueViolation(error)) throw USED();
    throw error;
  }
}
