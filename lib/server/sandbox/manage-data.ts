// The institution's sandbox data for its sandbox page: the same rows the API reads and writes.
// A change made here is a person's change: it and its audit event commit in one transaction.
// (What a client writes through the API with a sandbox token is the API's own data, like the
// register it imitates; see ARCHITECTURE.md, "Audit".)
import { AppError } from "../../errors/app-error";
import { toRanges } from "../../rules";
import { recordAudit } from "../audit/record-audit";
import { requireAccess, type CoreActor } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";
import type { PairInput } from "../../rules";
import { loadPair, saveEmployerMonths } from "./store";

interface Scope { db: PrismaClient; actor: CoreActor; institutionId: string }

export interface SandboxData {
  employers: { opplysningspliktig: string; months: string[]; updatedAt: Date }[];
  agreements: { id: string; opplysningspliktig: string; avtalereferanse: string; fraOgMed: string; tilOgMed: string | null; updatedAt: Date }[];
}

export async function getSandboxData(opts: Scope): Promise<SandboxData> {
  await requireAccess({ ...opts, action: "sandbox.token.manage" });
  const where = { institutionId: opts.institutionId };
  const [employers, agreements] = await Promise.all([
    opts.db.sandboxEmployerMonths.findMany({ where, orderBy: { opplysningspliktig: "asc" }, select: { opplysningspliktig: true, months: true, updatedAt: true } }),
    opts.db.sandboxAgreement.findMany({
      where,
      orderBy: [{ opplysningspliktig: "asc" }, { fraOgMed: "asc" }, { createdAt: "asc" }],
      select: { id: true, opplysningspliktig: true, avtalereferanse: true, fraOgMed: true, tilOgMed: true, updatedAt: true },
    }),
  ]);
  return { employers, agreements };
}

/** One employer's months and agreements exactly as the gyldighet calls read them (the test panel's "load from sandbox"). */
export async function getSandboxEmployer(opts: Scope & { opplysningspliktig: string }): Promise<PairInput> {
  await requireAccess({ ...opts, action: "sandbox.token.manage" });
  return loadPair(opts.db, opts.institutionId, opts.opplysningspliktig);
}

/** Replaces an employer's months (an empty list removes the employer). Audited as
 * "sandbox.employer.set" or "sandbox.employer.remove", with the months as compact ranges. */
export async function setSandboxEmployerMonths(opts: Scope & { opplysningspliktig: string; months: string[] }): Promise<void> {
  await requireAccess({ ...opts, action: "sandbox.token.manage" });
  const { institutionId, opplysningspliktig } = opts;
  await opts.db.$transaction(async (tx) => {
    const before = await tx.sandboxEmployerMonths.findUnique({
      where: { institutionId_opplysningspliktig: { institutionId, opplysningspliktig } }, select: { months: true },
    });
    const after = await saveEmployerMonths(tx, institutionId, opplysningspliktig, opts.months);
    if (!before && after.length === 0) return; // nothing there, nothing written
    await recordAudit(tx, {
      actor: opts.actor.email, action: after.length ? "sandbox.employer.set" : "sandbox.employer.remove",
      subject: `sandbox-employer:${opplysningspliktig}`, institutionId,
      before: before ? { opplysningspliktig, months: toRanges(before.months) } : undefined,
      after: after.length ? { opplysningspliktig, months: toRanges(after) } : undefined,
    });
  });
}

/** Deletes one of the institution's sandbox agreements; NOT_FOUND for another institution's. */
export async function deleteSandboxAgreement(opts: Scope & { agreementId: string }): Promise<void> {
  await requireAccess({ ...opts, action: "sandbox.token.manage" });
  await opts.db.$transaction(async (tx) => {
    const row = await tx.sandboxAgreement.findFirst({
      where: { id: opts.agreementId, institutionId: opts.institutionId },
      select: { id: true, opplysningspliktig: true, avtalereferanse: true, fraOgMed: true, tilOgMed: true },
    });
    if (!row) throw new AppError("NOT_FOUND");
    const { count } = await tx.sandboxAgreement.deleteMany({ where: { id: row.id, institutionId: opts.institutionId } });
    if (count === 0) throw new AppError("NOT_FOUND"); // deleted meanwhile
    await recordAudit(tx, {
      actor: opts.actor.email, action: "sandbox.agreement.delete", subject: `sandbox-agreement:${row.id}`, institutionId: opts.institutionId,
      before: { opplysningspliktig: row.opplysningspliktig, avtalereferanse: row.avtalereferanse, fraOgMed: row.fraOgMed, tilOgMed: row.tilOgMed },
    });
  });
}
