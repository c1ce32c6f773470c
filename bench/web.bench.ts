// `npm run bench:web`: seeds 500 institutions with realistic progress into a PostgreSQL database,
// starts the production build on it, and loads the pages with autocannon at 20 connections.
// Prints p50/p95 latency and requests/s for each, and the ratios to /api/health from the same run.
// Asserts nothing about time (these machines are noisy); read the ratios.
import { INSTITUTIONS, seedPortfolio } from "./seed-portfolio";
import { freshDatabase, measureAll, ROUNDS, SECONDS, signIn, startServer } from "./http-load";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://localhost:${PORT}`;

async function main() {
  console.log(`bench:web: ${INSTITUTIONS} institutions, 20 connections, ${SECONDS} s per URL in ${ROUNDS} interleaved rounds`);
  const url = await freshDatabase("ajour_bench");
  const { institutionId, email } = await seedPortfolio(url);
  const server = await startServer(url, PORT);
  try {
    const headers = { cookie: await signIn(BASE, email) };
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
