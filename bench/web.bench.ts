// `npm run bench:web`: seeds 500 institutions with realistic progress into a PostgreSQL database,
// each (issue 15) with two years of step history (prisma/seed/portfolio.ts, ~100,000 audit rows;
// BENCH_PORTFOLIO=0: the former seed without history, the overview's earlier basis), starts the production build on it, and loads the pages with autocannon at 20
// connections.
// Prints p50/p95 latency and requests/s for each, and the ratios to /api/health from the same run.
// Asserts nothing about time (these machines are noisy); read the ratios.
import { getCatalogue } from "../lib/onboarding";
import { createPrismaClient } from "../lib/server/prisma-client";
import { FACTORY_PASSWORD, seedInstitution, seedUser } from "../prisma/seed/factories";
import { seedPortfolio } from "../prisma/seed/portfolio";
import { freshDatabase, measureAll, ROUNDS, SECONDS, startServer } from "./http-load";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://localhost:${PORT}`;
const INSTITUTIONS = Number(process.env.BENCH_INSTITUTIONS ?? 500);
const PORTFOLIO = process.env.BENCH_PORTFOLIO === "0" ? 0 : INSTITUTIONS;
// step.update events per step while it is in progress (evidence saved again): ~100,000 rows at 500
const EDITS_PER_STEP = Number(process.env.BENCH_EDITS_PER_STEP ?? 7);

/** Each institution is somewhere between its first step and production, like a real portfolio. */
async function seed(url: string) {
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

async function signIn(email: string): Promise<string> {
  const csrfRes = await fetch(`${BASE}/api/auth/csrf`);
  const cookies = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: FACTORY_PASSWORD, json: "true" }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return [...cookies, session].join("; ");
}

async function main() {
  console.log(`bench:web: ${INSTITUTIONS} institutions, 20 connections, ${SECONDS} s per URL in ${ROUNDS} interleaved rounds`);
  const url = await freshDatabase(process.env.BENCH_DATABASE ?? "ajour_bench");
  const { institutionId, historyId, email } = await seed(url);
  const server = await startServer(url, PORT);
  try {
    const headers = { cookie: await signIn(email) };
    const rows = await measureAll([
      { label: "/api/health", url: `${BASE}/api/health`, headers },
      { label: "/overview", url: `${BASE}/overview`, headers },
      // the same page with no row to show: what the page shell (layout, session, filters) costs
      { label: "/overview?q=<no match>", url: `${BASE}/overview?q=zzzz`, headers },
      { label: "/institutions/[id]", url: `${BASE}/institutions/${institutionId}`, headers },
      { label: "/dashboard", url: `${BASE}/dashboard`, headers },
      { label: "/insights", url: `${BASE}/insights`, headers },
      { label: "/timelines", url: `${BASE}/timelines`, headers },
      { label: "/institutions/[id]/timeline", url: `${BASE}/institutions/${historyId}/timeline`, headers },
    ]);
    const ratio = (label: string) => (rows.find((r) => r.label === label)!.p95 / rows[0].p95).toFixed(2);
    console.log(`\nTarget: /overview p95 within 5x /api/health p95 -> ${ratio("/overview")}x`);
    console.log(`Target: /dashboard p95 within 4x /api/health p95 -> ${ratio("/dashboard")}x`);
    console.log(`Target: /insights p95 within 6x /api/health p95 -> ${ratio("/insights")}x`);
    console.log(`(no target) /timelines -> ${ratio("/timelines")}x, /institutions/[id]/timeline -> ${ratio("/institutions/[id]/timeline")}x`);
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
