// `npm run bench:web`: seeds 500 institutions with realistic progress into a PostgreSQL database,
// each (issue 15) with two years of step history (prisma/seed/portfolio.ts, ~100,000 audit rows;
// BENCH_PORTFOLIO=0: the former seed without history, the overview's earlier basis), starts the production build on it, and loads the pages with autocannon at 20
// connections.
// Prints p50/p95 latency and requests/s for each, and the ratios to /api/health from the same run.
// Asserts nothing about time (these machines are noisy); read the ratios.
import { INSTITUTIONS, seedBenchPortfolio } from "./seed-portfolio";
import { freshDatabase, measureAll, ROUNDS, SECONDS, signIn, startServer } from "./http-load";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://localhost:${PORT}`;

async function main() {
  console.log(`bench:web: ${INSTITUTIONS} institutions, 20 connections, ${SECONDS} s per URL in ${ROUNDS} interleaved rounds`);
  const url = await freshDatabase(process.env.BENCH_DATABASE ?? "ajour_bench");
  const { institutionId, historyId, email } = await seedBenchPortfolio(url);
  const server = await startServer(url, PORT);
  try {
    const headers = { cookie: await signIn(BASE, email) };
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
