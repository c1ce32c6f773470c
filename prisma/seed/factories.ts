// Seed functions double as test factories: each call makes its own uniquely named data.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { orgnrCheckDigit } from "../../lib/onboarding/orgnr";

let counter = 0;

/** A fresh, valid 9-digit org number (8 random digits + modulus-11 check digit). */
export function uniqueOrgnr(): string {
  for (;;) {
    const base = String(Math.floor(10_000_000 + Math.random() * 89_999_999));
    const check = orgnrCheckDigit(base);
    if (check !== null) return base + check;
  }
}

export interface SeedInstitutionInput {
  orgnr?: string;
  name?: string;
  blpMember?: boolean;
  supplierOrgnr?: string | null;
  supplierName?: string | null;
  targetProductionDate?: Date | null;
}

export async function seedInstitution(db: PrismaClient, input: SeedInstitutionInput = {}) {
  counter += 1;
  const orgnr = input.orgnr ?? uniqueOrgnr();
  return db.$transaction(async (tx) => {
    const institution = await tx.institution.create({
      data: {
        orgnr,
        name: input.name ?? `Testpensjon ${orgnr} ${counter}`,
        blpMember: input.blpMember ?? false,
        supplierOrgnr: input.supplierOrgnr ?? null,
        supplierName: input.supplierName ?? null,
        targetProductionDate: input.targetProductionDate ?? null,
      },
    });
    await tx.auditEvent.create({
      data: {
        actor: "seed",
        institutionId: institution.id,
        action: "institution.create",
        subject: `institution:${institution.id}`,
        after: { orgnr: institution.orgnr, name: institution.name },
      },
    });
    return institution;
  });
}
