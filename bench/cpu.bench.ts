// `npm run bench:cpu`: server CPU time per request (user + system, read from /proc for the server's
// whole process tree) for the pages bench:web measures. Unlike latency, CPU time per request barely
// moves when other work shares the machine, so it shows where a page's cost goes on a busy host.
// Sequential requests (one connection); prints ms of CPU per request and the ratio to /api/health.
import { readFileSync, readdirSync } from "node:fs";
import { seedBenchPortfolio } from "./seed-portfolio";
import { freshDatabase, signIn, startServer } from "./http-load";

const PORT = Number(process.env.BENCH_PORT ?? 3402);
const BASE = `http://localhost:${PORT}`;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const TICK_MS = 10; // USER_HZ is 100 on Linux

function descendants(pid: number): number[] {
  const all = readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number);
  const parent = new Map<number, number>();
  for (const p of all) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      parent.set(p, Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch { /* gone */ }
  }
  const out = [pid];
  for (let i = 0; i < out.length; i++) for (const [c, pp] of parent) if (pp === out[i]) out.push(c);
  return out;
}

function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const p of pids) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(f[11]) + Number(f[12]);
    } catch { /* gone */ }
  }
  return ticks * TICK_MS;
}

async function main() {
  const url = await freshDatabase("ajour_bench_cpu");
  const { institutionId, email } = await seedBenchPortfolio(url);
  const server = await startServer(url, PORT);
  try {
    const cookie = await signIn(BASE, email);
    const pages = (process.env.BENCH_PAGES?.split(",") ?? ["/api/health", "/overview", "/overview?q=zzzz", `/institutions/${institutionId}`, "/bits-queue"]).map((p) => p.replace("[id]", institutionId));
    const pids = descendants(server.pid!);
    const results: { page: string; ms: number }[] = [];
    for (const page of pages) {
      for (let i = 0; i < 20; i++) await fetch(BASE + page, { headers: { cookie } }).then((r) => r.arrayBuffer()); // warm up
      const before = cpuMs(pids);
      for (let i = 0; i < REQUESTS; i++) {
        const r = await fetch(BASE + page, { headers: { cookie } });
        if (r.status !== 200) throw new Error(`${page}: ${r.status}`);
        await r.arrayBuffer();
      }
      results.push({ page, ms: (cpuMs(pids) - before) / REQUESTS });
    }
    const base = results[0].ms;
    for (const r of results) console.log(`${r.page.padEnd(40)} ${r.ms.toFixed(2).padStart(7)} ms CPU/request  ${(r.ms / base).toFixed(2)}x`);
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
