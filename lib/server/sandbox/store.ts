// The sandbox's data for one pension institution: agreements (registered through the API) and
// employer months (sandbox-only). Every function takes the institution id; none reads "all".
import type { PairInput, TAvtaleforholdDelete, TAvtaleforholdPost } from "../../rules";
import { isUniqueViolation } from "../access/require-access";
import type { Prisma } from "../../generated/prisma/client";
import type { PrismaClient } from "../prisma-client";
import { referenceHash } from "./token";

/** POST …/avtaleforhold: create, or replace the agreement with the same key (D). */
export async function saveAgreement(db: PrismaClient, institutionId: string, input: TAvtaleforholdPost): Promise<"created" | "replaced"> {
  const opplysningspliktig = input.opplysningspliktig.norskIdentifikator;
  const hash = referenceHash(input.avtalereferanse);
  const data = { fraOgMed: input.fraOgMed, tilOgMed: input.tilOgMed ?? null };
  for (let attempt = 0; ; attempt++) {
    const updated = await db.sandboxAgreement.updateMany({ where: { institutionId, opplysningspliktig, referenceHash: hash }, data });
    if (updated.count > 0) return "replaced";
    try {
      await db.sandboxAgreement.create({
        data: { institutionId, opplysningspliktig, avtalereferanse: input.avtalereferanse, referenceHash: hash, ...data },
      });
      return "created";
    } catch (error) {
      // a parallel POST of the same key won the create: replace it instead
      if (!isUniqueViolation(error) || attempt > 0) throw error;
    }
  }
}

/** DELETE …/avtaleforhold: false when no agreement has that key. */
export async function deleteAgreement(db: PrismaClient, institutionId: string, input: TAvtaleforholdDelete): Promise<boolean> {
  const { count } = await db.sandboxAgreement.deleteMany({
    where: { institutionId, opplysningspliktig: input.opplysningspliktig.norskIdentifikator, referenceHash: referenceHash(input.avtalereferanse) },
  });
  return count > 0;
}

/** Replaces the employer's months (sorted, unique); an empty list removes the employer. */
export async function saveEmployerMonths(db: Prisma.TransactionClient, institutionId: string, opplysningspliktig: string, months: readonly string[]): Promise<string[]> {
  const sorted = Array.from(new Set(months)).sort();
  if (sorted.length === 0) {
    await db.sandboxEmployerMonths.deleteMany({ where: { institutionId, opplysningspliktig } });
    return sorted;
  }
  await db.sandboxEmployerMonths.upsert({
    where: { institutionId_opplysningspliktig: { institutionId, opplysningspliktig } },
    create: { institutionId, opplysningspliktig, months: sorted },
    update: { months: sorted },
  });
  return sorted;
}

/** What the rules need for (this institution, opplysningspliktig). */
export async function loadPair(db: PrismaClient, institutionId: string, opplysningspliktig: string): Promise<PairInput> {
  const [employer, agreements] = await Promise.all([
    db.sandboxEmployerMonths.findUnique({ where: { institutionId_opplysningspliktig: { institutionId, opplysningspliktig } } }),
    db.sandboxAgreement.findMany({ where: { institutionId, opplysningspliktig }, orderBy: { createdAt: "asc" } }),
  ]);
  return {
    employerMonths: employer?.months ?? [],
    agreements: agreements.map((a) => ({ avtalereferanse: a.avtalereferanse, fraOgMed: a.fraOgMed, ...(a.tilOgMed ? { tilOgMed: a.tilOgMed } : {}) })),
  };
}
