// Marks an institution user as staff of a third-party supplier (User.supplierOrgnr), or as no
// supplier's staff (null). The supplier must be one an institution names (Institution.supplierOrgnr):
// the affiliation only means something where an institution has that supplier. `user.manage`
// (coordinators and admins), never on oneself; Bits' own accounts have no supplier. Audited as
// user.supplier.change.
import { AppError } from "../../errors/app-error";
import { recordAudit } from "../audit/record-audit";
import type { CoreActor } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";
import { loadManagedUser } from "./user-guard";

export async function setUserSupplier(opts: { db: PrismaClient; actor: CoreActor; userId: string; supplierOrgnr: string | null }) {
  const { db, actor, userId, supplierOrgnr } = opts;
  const user = await loadManagedUser({ db, actor, userId });
  if (user.role !== "INSTITUTION_USER") throw new AppError("INVALID", "notInstitutionUser", { fieldErrors: { supplierOrgnr: ["errors.supplierForStaff"] } });
  if (supplierOrgnr) {
    const named = await db.institution.findFirst({ where: { supplierOrgnr }, select: { id: true } });
    if (!named) throw new AppError("INVALID", "unknownSupplier", { fieldErrors: { supplierOrgnr: ["errors.unknownSupplier"] } });
  }
  return db.$transaction(async (tx) => {
    const current = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, supplierOrgnr: true } });
    if (current.supplierOrgnr === supplierOrgnr) return { changed: false };
    await tx.user.update({ where: { id: userId }, data: { supplierOrgnr } });
    await recordAudit(tx, {
      actor: actor.email,
      action: "user.supplier.change",
      subject: `user:${userId}`,
      before: { email: current.email, supplierOrgnr: current.supplierOrgnr },
      after: { email: current.email, supplierOrgnr },
    });
    return { changed: true };
  });
}

/** The suppliers institutions name, for the users admin's choice: org number and name. */
export async function listKnownSuppliers(opts: { db: PrismaClient }): Promise<{ orgnr: string; name: string }[]> {
  const rows = await opts.db.institution.findMany({
    where: { supplierOrgnr: { not: null } },
    select: { supplierOrgnr: true, supplierName: true },
    orderBy: { supplierName: "asc" },
  });
  const byOrgnr = new Map<string, string>();
  for (const r of rows) if (r.supplierOrgnr && !byOrgnr.has(r.supplierOrgnr)) byOrgnr.set(r.supplierOrgnr, r.supplierName ?? r.supplierOrgnr);
  return [...byOrgnr].map(([orgnr, name]) => ({ orgnr, name }));
}
