// The institution's sandbox data for its sandbox page: the same rows the API reads and writes.
import { AppError } from "../../errors/app-error";
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

/** Replaces an employer's months (an empty list removes the employer). */
export async function setSandboxEmployerMonths(opts: Scope & { opplysningspliktig: string; months: string[] }): Promise<void> {
  await requireAccess({ ...opts, action: "sandbox.token.manage" });
  await saveEmployerMonths(opts.db, opts.institutionId, opts.opplysningspliktig, opts.months);
}

export async function deleteSandboxAgreement(opts: Scope & { agreementId: string }): Promise<void> {
  await requireAccess({ ...opts, action: "sandbox.token.manage" });
  const { count } = await opts.db.sandboxAgreement.deleteMany({ where: { id: opts.agreementId, institutionId: opts.institutionId } });
  if (count === 0) throw new AppError("NOT_FOUND");
}
