// Ownership of an institution (issue 15): the responsible Bits coordinator (an active coordinator
// or admin) and the main contact (a member of the institution). Coordinators set them; every
// change is audited as `institution.ownership` with the people's e-mail addresses.
import { AppError } from "../../errors/app-error";
import type { Prisma } from "../../generated/prisma/client";
import type { TOwnership } from "../../validation/overview-tools";
import { recordAudit } from "../audit/record-audit";
import { requireAccess, type CoreActor } from "../access/require-access";
import { requireCoordinator } from "../checklist/access";
import type { PrismaClient } from "../prisma-client";

type Tx = Prisma.TransactionClient | PrismaClient;

const invalid = (field: keyof TOwnership, key: string) => new AppError("INVALID", key, { fieldErrors: { [field]: [key] } });

/** The e-mail of the active Bits user `id`, or an INVALID error on `field`. */
export async function assignableCoordinator(db: Tx, id: string, field: keyof TOwnership = "responsibleCoordinatorId"): Promise<{ id: string; email: string }> {
  const u = await db.user.findUnique({ where: { id }, select: { id: true, email: true, role: true, disabled: true } });
  if (!u || u.disabled || u.role === "INSTITUTION_USER") throw invalid(field, "errors.notCoordinator");
  return { id: u.id, email: u.email };
}

/** The e-mail of `userId` if they are an active member of the institution, else INVALID. */
async function memberContact(db: Tx, institutionId: string, userId: string): Promise<{ id: string; email: string }> {
  const m = await db.membership.findUnique({
    where: { userId_institutionId: { userId, institutionId } },
    select: { user: { select: { id: true, email: true, disabled: true } } },
  });
  if (!m || m.user.disabled) throw invalid("mainContactUserId", "errors.notMember");
  return { id: m.user.id, email: m.user.email };
}

/** The people of one institution who may be its main contact (its active members), by name. */
export async function contactCandidates(db: PrismaClient, institutionId: string) {
  const rows = await db.membership.findMany({
    where: { institutionId, user: { disabled: false } },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return rows.map((r) => r.user);
}

/** Every active Bits user (coordinators and admins), by name: who may be responsible. */
export async function coordinatorCandidates(db: PrismaClient) {
  return db.user.findMany({ where: { role: { in: ["COORDINATOR", "ADMIN"] }, disabled: false }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } });
}

export const ownershipAudit = (i: { responsibleCoordinator: { email: string } | null; mainContact: { email: string } | null }) => ({
  responsibleCoordinator: i.responsibleCoordinator?.email ?? null,
  mainContact: i.mainContact?.email ?? null,
});
const OWNERSHIP_SELECT = { responsibleCoordinator: { select: { email: true } }, mainContact: { select: { email: true } } } as const;

export async function setOwnership(opts: { db: PrismaClient; actor: CoreActor; institutionId: string; input: TOwnership }): Promise<{ changed: boolean }> {
  const { db, actor, institutionId, input } = opts;
  await requireAccess({ db, actor, action: "institution.update", institutionId });
  // owners keep their institution's facts; who follows it for Bits, Bits decides
  await requireCoordinator(db, actor, "institution.update");
  return db.$transaction(async (tx) => {
    const before = await tx.institution.findUnique({ where: { id: institutionId }, select: { responsibleCoordinatorId: true, mainContactUserId: true, ...OWNERSHIP_SELECT } });
    if (!before) throw new AppError("NOT_FOUND");
    if (input.responsibleCoordinatorId && input.responsibleCoordinatorId !== before.responsibleCoordinatorId) await assignableCoordinator(tx, input.responsibleCoordinatorId);
    if (input.mainContactUserId) await memberContact(tx, institutionId, input.mainContactUserId);
    if (before.responsibleCoordinatorId === input.responsibleCoordinatorId && before.mainContactUserId === input.mainContactUserId) return { changed: false };
    const after = await tx.institution.update({ where: { id: institutionId }, data: { responsibleCoordinatorId: input.responsibleCoordinatorId, mainContactUserId: input.mainContactUserId }, select: OWNERSHIP_SELECT });
    await recordAudit(tx, {
      actor: actor.email,
      action: "institution.ownership",
      subject: `institution:${institutionId}`,
      institutionId,
      before: ownershipAudit(before),
      after: ownershipAudit(after),
    });
    return { changed: true };
  });
}
