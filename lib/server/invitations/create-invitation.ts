// Invites an e-mail address: to an institution (`member.invite` there) or, with no institution,
// as a coordinator/admin (`coordinator.manage`). Returns the one-time link, shown only once.
// An address has one live link per institution (or for the coordinator role): inviting it again
// replaces its pending invitation in the same transaction, under a transaction-scoped advisory
// lock on (address, institution), so two invitations at once still leave one live link.
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
  /** An institution invitation: its own staff (default) or staff of its third-party supplier
   * (the institution's supplierOrgnr is stored on the invitation; accepting applies it). */
  affiliation?: TInvitationAffiliation;
  /** Base of the link; defaults to the app's public URL (invitationLink). */
  baseUrl?: string;
  now?: Date;
}

export type TInvitationAffiliation = "INSTITUTION" | "SUPPLIER";

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

  // Supplier staff: the supplier is the institution's own, read here, never taken from the form.
  let supplierOrgnr: string | null = null;
  if (opts.affiliation === "SUPPLIER") {
    const institution = institutionId ? await db.institution.findUnique({ where: { id: institutionId }, select: { supplierOrgnr: true } }) : null;
    if (!institution?.supplierOrgnr) throw new AppError("INVALID", "noSupplier", { fieldErrors: { affiliation: ["errors.noSupplier"] } });
    supplierOrgnr = institution.supplierOrgnr;
  }

  const existing = await db.user.findUnique({
    where: { email: email.data },
    select: { role: true, supplierOrgnr: true, memberships: { where: { institutionId: institutionId ?? "" }, select: { id: true } } },
  });
  const alreadyThere = institutionId ? (existing?.memberships.length ?? 0) > 0 : existing?.role === role || existing?.role === "ADMIN";
  if (alreadyThere) throw new AppError("CONFLICT", "already", { fieldErrors: { email: ["errors.alreadyMember"] } });
  // An account works for one supplier at most: acceptance would be refused, so say it now.
  if (supplierOrgnr && existing?.supplierOrgnr && existing.supplierOrgnr !== supplierOrgnr) {
    throw new AppError("CONFLICT", "otherSupplier", { fieldErrors: { email: ["errors.otherSupplier"] } });
  }

  const token = newInvitationToken();
  const now = opts.now ?? new Date();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const invitation = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`invitation:${email.data}:${institutionId ?? ""}`}))::text AS locked`;
    // the pending invitation of this address here (if any) is replaced: its link dies
    const pending = await tx.invitation.findMany({ where: { email: email.data, institutionId, usedAt: null }, select: { id: true } });
    if (pending.length > 0) await tx.invitation.deleteMany({ where: { id: { in: pending.map((p) => p.id) }, usedAt: null } });
    const created = await tx.invitation.create({
      data: { email: email.data, institutionId, role, memberRole, supplierOrgnr, tokenHash: hashInvitationToken(token), expiresAt, invitedById: actor.id },
    });
    await recordAudit(tx, {
      actor: actor.email,
      action: "invitation.create",
      subject: `invitation:${created.id}`,
      institutionId,
      after: { email: created.email, role, memberRole, ...(supplierOrgnr ? { supplierOrgnr } : {}), expiresAt: expiresAt.toISOString(), ...(pending.length ? { replaces: pending.map((p) => p.id) } : {}) },
    });
    return created;
  });
  return { invitation, link: invitationLink(token, opts.baseUrl) };
}

/** The accept link on the app's public URL (NEXTAUTH_URL; npm start sets it when unset), never
 * the host the inviter's request came through. */
export function invitationLink(token: string, baseUrl?: string): string {
  const base = (baseUrl ?? env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
  return `${base}/invitation/${token}`;
}
