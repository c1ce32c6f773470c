// Shared by the HTTP benchmarks: a fresh PostgreSQL database, the production server on it, and
// autocannon runs that keep every response time so p50/p95 are exact.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import pg from "pg";
import { FACTORY_PASSWORD } from "../prisma/seed/factories";
import { applyMigrations, openDatabase } from "../scripts/migrate.mjs";

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

export async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const raw = await openDatabase({ DATABASE_URL: url });
  await applyMigrations(raw);
  await raw.close();
  return url;
}

export async function startServer(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      // a production start on PostgreSQL needs both explicitly (lib/env.ts)
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: `http://localhost:${port}`,
      ...env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 300; i++) {
    if (await fetch(`http://localhost:${port}/api/health`).then((r) => r.ok, () => false)) return server;
    await new Promise((r) => setTimeout(r, 1000));
  }
  server.kill("SIGTERM");
  throw new Error("server did not become healthy");
}

export interface LoadResult { label: string; p50: number; p95: number; rps: number; requests: number; non2xx: number; statuses: Record<number, number> }

interface Samples { ms: number[]; non2xx: number; statuses: Record<number, number>; seconds: number; errors: number; timeouts: number }

async function sample(label: string, opts: { url: string; headers?: Record<string, string> }, run: { duration: number } | { amount: number }, into: Samples): Promise<void> {
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: opts.url, headers: opts.headers, connections: 20, timeout: 60, ...run }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on("response", (_client, status, _bytes, ms) => {
      into.ms.push(ms);
      into.statuses[status] = (into.statuses[status] ?? 0) + 1;
      if (status !== 200) into.non2xx += 1;
    });
  });
  into.seconds += (performance.now() - started) / 1000;
  into.errors += result.errors;
  into.timeouts += result.timeouts;
  // a short interleaved slice on a busy machine may see no answer at all; only a target that
  // never answers in any slice is an error (checked on the pooled samples)
  if (result.requests.total === 0 && "amount" in run) throw new Error(`${label}: no responses (errors ${result.errors}, timeouts ${result.timeouts})`);
}

function summarizeSamples(label: string, s: Samples): LoadResult {
  if (s.ms.length === 0) throw new Error(`${label}: no responses (errors ${s.errors}, timeouts ${s.timeouts})`);
  const sorted = [...s.ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { label, p50: at(50), p95: at(95), rps: sorted.length / s.seconds, requests: sorted.length, non2xx: s.non2xx, statuses: s.statuses };
}

const emptySamples = (): Samples => ({ ms: [], non2xx: 0, statuses: {}, seconds: 0, errors: 0, timeouts: 0 });

export async function load(label: string, opts: { url: string; headers?: Record<string, string> }, run: { duration: number } | { amount: number } = { duration: SECONDS }): Promise<LoadResult> {
  const s = emptySamples();
  await sample(label, opts, run, s);
  return summarizeSamples(label, s);
}

// Targets are measured in ROUNDS interleaved slices (health, a, b, health, a, b, …) and each
// target's samples pooled: a background load that comes and goes then weighs on every target
// alike instead of on whichever ran during it, which keeps the ratios honest on noisy machines.
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DRAIN_MS = 3000;

/** Warms each target (discarded run), then measures them interleaved; prints the table with ratios to the first. */
export async function measureAll(targets: { label: string; url: string; headers?: Record<string, string> }[]): Promise<LoadResult[]> {
  const rows: LoadResult[] = [];
  for (const t of targets) await sample(t.label, t, { amount: 60 }, emptySamples());
  const pooled = targets.map(() => emptySamples());
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, t] of targets.entries()) {
      await sample(t.label, t, { duration: Math.max(1, SECONDS / ROUNDS) }, pooled[i]);
      // autocannon stops at the deadline with requests still queued in the server: let them
      // drain, or the next target (often /api/health) is measured against their leftovers.
      await new Promise((r) => setTimeout(r, DRAIN_MS));
    }
  }
  rows.push(...targets.map((t, i) => summarizeSamples(t.label, pooled[i])));
  const base = rows[0];
  console.log(`\n${"target".padEnd(40)} p50 ms   p95 ms    req/s   non-200  p95/${base.label}`);
  for (const r of rows) {
    console.log(`${r.label.padEnd(40)} ${r.p50.toFixed(1).padStart(6)} ${r.p95.toFixed(1).padStart(8)} ${r.rps.toFixed(0).padStart(8)} ${String(r.non2xx).padStart(9)} ${(r.p95 / base.p95).toFixed(2).padStart(8)}  statuses ${JSON.stringify(r.statuses)}`);
  }
  return rows;
}

/** Signs `email` in with the factory password; returns the Cookie header of the session. */
export async function signIn(base: string, email: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const cookies = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: FACTORY_PASSWORD, json: "true" }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return [...cookies, session].join("; ");
}
