// What the accept page needs to know about a token: valid, expired, used or unknown. Never
// whether the address has an account: the page offers both "create an account" and "sign in to accept".
import type { PrismaClient } from "../prisma-client";
import { hashInvitationToken } from "./token";

export type InvitationLookup =
  | { status: "invalid" }
  | { status: "expired" }
  | { status: "used" }
  | {
      status: "open";
      email: string;
      role: "ADMIN" | "COORDINATOR" | "INSTITUTION_USER";
      memberRole: "OWNER" | "MEMBER" | null;
      institutionName: string | null;
      /** the name the inviter gave (admin:create), the new account's default name */
      name: string | null;
    };

export async function findInvitation(opts: { db: PrismaClient; token: string; now?: Date }): Promise<InvitationLookup> {
  if (!opts.token || opts.token.length > 200) return { status: "invalid" };
  const invitation = await opts.db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(opts.token) },
    include: { institution: { select: { name: true } } },
  });
  if (!invitation) return { status: "invalid" };
  if (invitation.usedAt) return { status: "used" };
  if (invitation.expiresAt.getTime() <= (opts.now ?? new Date()).getTime()) return { status: "expired" };
  return {
    status: "open",
    email: invitation.email,
    role: invitation.role,
    memberRole: invitation.memberRole,
    institutionName: invitation.institution?.name ?? null,
    name: invitation.name,
  };
}
