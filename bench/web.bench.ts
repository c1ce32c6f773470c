// `npm run bench:web`: seeds 500 institutions with realistic progress into a PostgreSQL database,
// starts the production build on it, and loads the pages with autocannon at 20 connections.
// Prints p50/p95 latency and requests/s for each, and the ratios to /api/health from the same run.
// Asserts nothing about time (these machines are noisy); read the ratios.
import { getCatalogue } from "../lib/onboarding";
import { createPrismaClient } from "../lib/server/prisma-client";
import { FACTORY_PASSWORD, seedInstitution, seedUser } from "../prisma/seed/factories";
import { freshDatabase, measureAll, ROUNDS, SECONDS, startServer } from "./http-load";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://localhost:${PORT}`;
const INSTITUTIONS = Number(process.env.BENCH_INSTITUTIONS ?? 500);

/** Each institution is somewhere between its first step and production, like a real portfolio. */
async function seed(url: string) {
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
  const url = await freshDatabase("ajour_bench");
  const { institutionId, email } = await seed(url);
  const server = await startServer(url, PORT);
  try {
    const headers = { cookie: await signIn(email) };
    const rows = await measureAll([
      { label: "/api/health", url: `${BASE}/api/health`, headers },
      { label: "/overview", url: `${BASE}/overview`, headers },
      // the same page with no row to show: what the page shell (layout, session, filters) costs
      { label: "/overview?q=<no match>", url: `${BASE}/overview?q=zzzz`, headers },
      { label: "/institutions/[id]", url: `${BASE}/institutions/${institutionId}`, headers },
    ]);
    console.log(`\nTarget: /overview p95 within 5x /api/health p95 -> ${(rows[1].p95 / rows[0].p95).toFixed(2)}x`);
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
