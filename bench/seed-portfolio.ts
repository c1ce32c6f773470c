// The web benchmarks' portfolio: BENCH_INSTITUTIONS (500) institutions with two years of history
// (prisma/seed/portfolio.ts), or with BENCH_PORTFOLIO=0 institutions at a random step without history.
import { getCatalogue } from "../lib/onboarding";
import { createPrismaClient } from "../lib/server/prisma-client";
import { seedInstitution, seedUser } from "../prisma/seed/factories";
import { seedPortfolio } from "../prisma/seed/portfolio";

export const INSTITUTIONS = Number(process.env.BENCH_INSTITUTIONS ?? 500);
const PORTFOLIO = process.env.BENCH_PORTFOLIO === "0" ? 0 : INSTITUTIONS;
// step.update events per step while it is in progress (evidence saved again): ~100,000 rows at 500
const EDITS_PER_STEP = Number(process.env.BENCH_EDITS_PER_STEP ?? 7);

/** Each institution is somewhere between its first step and production, like a real portfolio. */
export async function seedBenchPortfolio(url: string) {
  const db = createPrismaClient({ databaseUrl: url, pgliteDir: "" });
  const steps = getCatalogue().steps;
  let firstId = "";
  for (let i = 0; i < (PORTFOLIO > 0 ? 0 : INSTITUTIONS); i++) {
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
  let historyId = "";
  if (PORTFOLIO > 0) {
    const started = Date.now();
    const ids = await seedPortfolio(db, { count: PORTFOLIO, coordinators: [{ id: coordinator.id, email: coordinator.email }], editsPerStep: EDITS_PER_STEP, namePrefix: "Historikk " });
    historyId = ids[Math.floor(ids.length / 2)];
    firstId ||= ids[0];
    const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'step.update'`;
    console.log(`bench:web: ${PORTFOLIO} institutions with two years of history, ${n} step history rows (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  await db.$disconnect();
  return { institutionId: firstId, historyId: historyId || firstId, email: coordinator.email };
}

