// Shared by the HTTP benchmarks: a fresh PostgreSQL database, the production server on it, and
// autocannon runs that keep every response time so p50/p95 are exact.
import { spawn, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import pg from "pg";
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
    env: { ...process.env, ...env, PORT: String(port), DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
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

export async function load(label: string, opts: { url: string; headers?: Record<string, string> }, run: { duration: number } | { amount: number } = { duration: SECONDS }): Promise<LoadResult> {
  const samples: number[] = [];
  let non2xx = 0;
  const statuses: Record<number, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: opts.url, headers: opts.headers, connections: 20, timeout: 60, ...run }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on("response", (_client, status, _bytes, ms) => {
      samples.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status !== 200) non2xx += 1;
    });
  });
  if (samples.length === 0) throw new Error(`${label}: no responses (errors ${result.errors}, timeouts ${result.timeouts})`);
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))];
  return { label, p50: at(50), p95: at(95), rps: result.requests.average, requests: samples.length, non2xx, statuses };
}

/** Warms (discarded run) then measures each target; prints the table with ratios to the first. */
export async function measureAll(targets: { label: string; url: string; headers?: Record<string, string> }[]): Promise<LoadResult[]> {
  const rows: LoadResult[] = [];
  for (const t of targets) {
    await load(t.label, t, { amount: 60 });
    rows.push(await load(t.label, t));
  }
  const base = rows[0];
  console.log(`\n${"target".padEnd(40)} p50 ms   p95 ms    req/s   non-200  p95/${base.label}`);
  for (const r of rows) {
    console.log(`${r.label.padEnd(40)} ${r.p50.toFixed(1).padStart(6)} ${r.p95.toFixed(1).padStart(8)} ${r.rps.toFixed(0).padStart(8)} ${String(r.non2xx).padStart(9)} ${(r.p95 / base.p95).toFixed(2).padStart(8)}  statuses ${JSON.stringify(r.statuses)}`);
  }
  return rows;
}
