// The benchmarks' portfolio: 500 institutions (BENCH_INSTITUTIONS) with realistic progress and one coordinator.
import { getCatalogue } from "../lib/onboarding";
import { createPrismaClient } from "../lib/server/prisma-client";
import { seedInstitution, seedUser } from "../prisma/seed/factories";

export const INSTITUTIONS = Number(process.env.BENCH_INSTITUTIONS ?? 500);

/** Each institution is somewhere between its first step and production, like a real portfolio. */
export async function seedPortfolio(url: string) {
  const db = createPrismaClient({ databaseUrl: url, pgliteDir: "" });
  const steps = getCatalogue().steps;
  let firstId = "";
  for (let i = 0; i < INSTITUTIONS; i++) {
    const supplier = i % 3 === 0;
    const inst = await seedInstitution(db, { name: `Benk Pensjon ${String(i).padStart(3, "0")}`, blpMember: i % 2 === 0, supplierOrgnr: supplier ? "999999999" : null, supplierName: supplier ? "Lev AS" : null });
    firstId ||= inst.id;
    const done = Math.floor(Math.random() * steps.length);
    await db.institutionStep.createMany({
      data: steps.slice(0, done + 2).map((s, k) => ({
        institutionId: inst.id,
        stepKey: s.key,
        status: k < done ? ("DONE" as const) : ("IN_PROGRESS" as const),
        evidence: {},
        dueDate: new Date(Date.UTC(2026, 10, 1 + (k % 60))),
      })),
    });
  }
  const coordinator = await seedUser(db, { role: "COORDINATOR" });
  await db.$disconnect();
  return { institutionId: firstId, email: coordinator.email };
}

