// `npm run bench:web`: seeds 500 institutions with realistic progress into a PostgreSQL database,
// starts the production build on it, and loads three pages with autocannon at 20 connections.
// Prints p50/p95 latency and requests/s for each, and the ratios to /api/health from the same run.
// Asserts nothing about time (these machines are noisy); read the ratios.
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import pg from "pg";
import { applyMigrations, openDatabase } from "../scripts/migrate.mjs";
import { createPrismaClient } from "../lib/server/prisma-client";
import { getCatalogue } from "../lib/onboarding";
import { FACTORY_PASSWORD, seedInstitution, seedUser } from "../prisma/seed/factories";

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DB_URL = ADMIN_URL.replace(/\/[^/]*$/, "/ajour_bench");
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://localhost:${PORT}`;
const INSTITUTIONS = Number(process.env.BENCH_INSTITUTIONS ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

async function resetDatabase() {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ajour_bench WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ajour_bench`);
  await admin.end();
  const raw = await openDatabase({ DATABASE_URL: DB_URL });
  await applyMigrations(raw);
  await raw.close();
}

/** Each institution is somewhere between its first step and production, like a real portfolio. */
async function seed() {
  const db = createPrismaClient({ databaseUrl: DB_URL, pgliteDir: "" });
  const steps = getCatalogue().steps;
  let firstId = "";
  for (let i = 0; i < INSTITUTIONS; i++) {
    const inst = await seedInstitution(db, { name: `Benk Pensjon ${String(i).padStart(3, "0")}`, blpMember: i % 2 === 0, supplierOrgnr: i % 3 === 0 ? "999999999" : null, supplierName: i % 3 === 0 ? "Lev AS" : null });
    firstId ||= inst.id;
    const done = Math.floor(Math.random() * steps.length);
    await db.institutionStep.createMany({
      data: steps.slice(0, done + 2).map((s, k) => ({
        institutionId: inst.id,
        stepKey: s.key,
        status: k < done ? "DONE" : "IN_PROGRESS",
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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function load(path: string, cookie: string, run: { duration: number } | { amount: number } = { duration: SECONDS }) {
  const samples: number[] = [];
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: BASE + path, connections: 20, ...run, timeout: 60, headers: { cookie } }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on("response", (_client, status, _bytes, ms) => {
      samples.push(ms);
      if (status !== 200) non2xx += 1;
    });
  });
  samples.sort((a, b) => a - b);
  if (samples.length === 0) throw new Error(`${path}: no responses (errors ${result.errors}, timeouts ${result.timeouts})`);
  return { path, p50: percentile(samples, 50), p95: percentile(samples, 95), rps: result.requests.average, requests: samples.length, non2xx, timeouts: result.timeouts };
}

async function main() {
  console.log(`bench:web: ${INSTITUTIONS} institutions, 20 connections, ${SECONDS} s per URL`);
  await resetDatabase();
  const { institutionId, email } = await seed();
  const server = spawn(process.execPath, ["scripts/start.mjs"], { env: { ...process.env, PORT: String(PORT), DATABASE_URL: DB_URL, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "ignore", "inherit"] });
  try {
    for (let i = 0; i < 300 && !(await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 1000));
    const cookie = await signIn(email);
    for (const path of ["/overview", `/institutions/${institutionId}`]) {
      const t0 = performance.now();
      const res = await fetch(BASE + path, { headers: { cookie }, redirect: "manual" });
      await res.text();
      console.log(`single request ${path}: ${res.status} in ${(performance.now() - t0).toFixed(0)} ms`);
    }
    const rows = [];
    for (const path of ["/api/health", "/overview", `/institutions/${institutionId}`]) {
      await load(path, cookie, { amount: 60 }); // discarded: warms caches and the JIT
      rows.push(await load(path, cookie));
    }
    const health = rows[0];
    console.log("\npath                               p50 ms   p95 ms    req/s   non-200   p95/health");
    for (const r of rows) {
      console.log(`${r.path.padEnd(34)} ${r.p50.toFixed(1).padStart(7)} ${r.p95.toFixed(1).padStart(8)} ${r.rps.toFixed(0).padStart(8)} ${String(r.non2xx).padStart(9)} ${(r.p95 / health.p95).toFixed(2).padStart(11)}`);
    }
    console.log(`\nTarget: /overview p95 within 5x /api/health p95 -> ${(rows[1].p95 / health.p95).toFixed(2)}x`);
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
