// Invites an e-mail address: to an institution (`member.invite` there) or, with no institution,
// as a coordinator/admin (`coordinator.manage`). Returns the one-time link, shown only once.
import { AppError } from "../../errors/app-error";
import { env } from "../../env";
import type { TMemberRole, TUserRole } from "../../onboarding/permissions";
import { ZEmailSchema } from "../../validation/invitation";
import { recordAudit } from "../audit/record-audit";
import { requireAccess, type CoreActor } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";
import { hashInvitationToken, INVITATION_TTL_MS, newInvitationToken } from "./token";

export interface CreateInvitationOptions {
  db: PrismaClient;
  actor: CoreActor;
  email: string;
  institutionId: string | null;
  role: TUserRole;
  memberRole: TMemberRole | null;
  /** Base of the link; defaults to NEXTAUTH_URL or http://localhost:3000. */
  baseUrl?: string;
  now?: Date;
}

export async function createInvitation(opts: CreateInvitationOptions) {
  const { db, actor, institutionId } = opts;
  if (institutionId) await requireAccess({ db, actor, action: "member.invite", institutionId });
  else await requireAccess({ db, actor, action: "coordinator.manage" });

  const email = ZEmailSchema.safeParse(opts.email);
  if (!email.success) throw new AppError("INVALID", "email", { fieldErrors: { email: ["errors.email"] } });
  // An institution invitation makes an institution user; a global one a coordinator or admin.
  const role: TUserRole = institutionId ? "INSTITUTION_USER" : opts.role;
  if (!institutionId && role === "INSTITUTION_USER") throw new AppError("INVALID", "role", { fieldErrors: { role: ["errors.role"] } });
  const memberRole: TMemberRole | null = institutionId ? (opts.memberRole ?? "MEMBER") : null;

  const existing = await db.user.findUnique({
    where: { email: email.data },
    select: { role: true, memberships: { where: { institutionId: institutionId ?? "" }, select: { id: true } } },
  });
  const alreadyThere = institutionId ? (existing?.memberships.length ?? 0) > 0 : existing?.role === role || existing?.role === "ADMIN";
  if (alreadyThere) throw new AppError("CONFLICT", "already", { fieldErrors: { email: ["errors.alreadyMember"] } });

  const token = newInvitationToken();
  const now = opts.now ?? new Date();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const invitation = await db.$transaction(async (tx) => {
    const created = await tx.invitation.create({
      data: { email: email.data, institutionId, role, memberRole, tokenHash: hashInvitationToken(token), expiresAt, invitedById: actor.id },
    });
    await recordAudit(tx, {
      actor: actor.email,
      action: "invitation.create",
      subject: `invitation:${created.id}`,
      institutionId,
      after: { email: created.email, role, memberRole, expiresAt: expiresAt.toISOString() },
    });
    return created;
  });
  const base = (opts.baseUrl ?? env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  return { invitation, link: `${base}/invitation/${token}` };
}
