// Seed functions double as test factories: each call makes its own uniquely named data.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { orgnrCheckDigit } from "../../lib/onboarding/orgnr";
import { hashPassword } from "../../lib/server/auth/password";

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
  /** Who the audit trail says did it (an e-mail address); "seed" when a test does not care. */
  actor?: string;
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
        actor: input.actor ?? "seed",
        institutionId: institution.id,
        action: "institution.create",
        subject: `institution:${institution.id}`,
        after: { orgnr: institution.orgnr, name: institution.name },
      },
    });
    return institution;
  });
}

export interface SeedUserInput {
  role?: "ADMIN" | "COORDINATOR" | "INSTITUTION_USER";
  email?: string;
  name?: string;
  password?: string;
  disabled?: boolean;
  memberships?: { institutionId: string; memberRole?: "OWNER" | "MEMBER" }[];
  /** Staff of a third-party supplier: the supplier's org number (User.supplierOrgnr). */
  supplierOrgnr?: string | null;
  /** Who the audit trail says created the user (an e-mail address); "seed" when a test does not care. */
  actor?: string;
}

export const FACTORY_PASSWORD = "riktig-hest-batteri-stift";

export async function seedUser(db: PrismaClient, input: SeedUserInput = {}) {
  counter += 1;
  const email = (input.email ?? `bruker-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}@test.example`).toLowerCase();
  const passwordHash = await hashPassword(input.password ?? FACTORY_PASSWORD);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email,
        name: input.name ?? `Test Bruker ${counter}`,
        role: input.role ?? "INSTITUTION_USER",
        passwordHash,
        disabled: input.disabled ?? false,
        supplierOrgnr: input.supplierOrgnr ?? null,
        memberships: {
          create: (input.memberships ?? []).map((m) => ({ institutionId: m.institutionId, memberRole: m.memberRole ?? "MEMBER" })),
        },
      },
    });
    await tx.auditEvent.create({
      data: { actor: input.actor ?? "seed", action: "user.create", subject: `user:${user.id}`, after: { email, role: user.role, ...(user.supplierOrgnr ? { supplierOrgnr: user.supplierOrgnr } : {}) } },
    });
    return user;
  });
}
