// Test helpers for the checklist integration tests: actors and directly written step states.
import { seedInstitution, seedUser, type SeedInstitutionInput } from "../../../prisma/seed/factories";
import type { TStepStatus } from "../../onboarding";
import type { PrismaClient } from "../prisma-client";
import type { CoreActor } from "./access";

export type TTestActor = CoreActor & { name: string };

export async function coordinator(db: PrismaClient, name = "Kari Koordinator"): Promise<TTestActor> {
  const u = await seedUser(db, { role: "COORDINATOR", name });
  return { id: u.id, email: u.email, name: u.name, role: "COORDINATOR", memberships: [] };
}

export async function member(db: PrismaClient, institutionId: string, name = "Ivar Institusjon"): Promise<TTestActor> {
  const u = await seedUser(db, { name, memberships: [{ institutionId, memberRole: "OWNER" }] });
  return { id: u.id, email: u.email, name: u.name, role: "INSTITUTION_USER", memberships: [{ institutionId, memberRole: "OWNER" }] };
}

export async function institutionWithMember(db: PrismaClient, input: SeedInstitutionInput = {}) {
  const institution = await seedInstitution(db, input);
  return { institution, user: await member(db, institution.id) };
}

/** Writes step rows directly (as the seed does), bypassing the rules. */
export async function setStates(db: PrismaClient, institutionId: string, states: Record<string, TStepStatus | { status: TStepStatus; evidence?: object; dueDate?: string }>) {
  for (const [stepKey, v] of Object.entries(states)) {
    const s = typeof v === "string" ? { status: v } : v;
    const data = { status: s.status, evidence: s.evidence ?? {}, dueDate: "dueDate" in s && s.dueDate ? new Date(`${s.dueDate}T00:00:00Z`) : null };
    await db.institutionStep.upsert({
      where: { institutionId_stepKey: { institutionId, stepKey } },
      create: { institutionId, stepKey, ...data, version: 1 },
      update: { ...data, version: { increment: 1 } },
    });
  }
}

export const versionOf = async (db: PrismaClient, institutionId: string, stepKey: string) =>
  (await db.institutionStep.findUnique({ where: { institutionId_stepKey: { institutionId, stepKey } } }))?.version ?? 0;

export const CERTS_COMPLETE = {
  certificates: [
    { environment: "test", provider: "Buypass", expiresOn: "2027-05-01" },
    { environment: "production", provider: "Buypass", expiresOn: "2027-05-01" },
  ],
};

export const C4_COMPLETE = {
  testCases: [{ name: "Hent inntekt", result: "passed", date: "2026-11-01" }],
  reportUrl: "https://example.org/rapport",
};
