// `npm run bench:sandbox`: the two gyldighet endpoints of the sandbox API on the production build
// with PostgreSQL, at 20 connections, beside /api/health in the same run. Prints p50/p95, req/s
// and the ratios to health. Asserts nothing about time.
import { createPrismaClient } from "../lib/server/prisma-client";
import { createSandboxToken } from "../lib/server/sandbox/manage-tokens";
import { seedInstitution, seedUser } from "../prisma/seed/factories";
import { freshDatabase, measureAll, startServer } from "./http-load";

const PORT = Number(process.env.BENCH_PORT ?? 3401);
// BENCH_HOST: 127.0.0.1 where autocannon resolves localhost to ::1 and the server listens on IPv4 only
const BASE = `http://${process.env.BENCH_HOST ?? "localhost"}:${PORT}`;

async function main() {
  // BENCH_SANDBOX_DB: another name, so parallel checkouts on one server do not drop each other's
  const url = await freshDatabase(process.env.BENCH_SANDBOX_DB ?? "ajour_bench_sandbox");
  const db = createPrismaClient({ databaseUrl: url, pgliteDir: "" });
  const inst = await seedInstitution(db, { name: "Benk Sandbox Pensjon" });
  const owner = await seedUser(db, { memberships: [{ institutionId: inst.id, memberRole: "OWNER" }] });
  const { token } = await createSandboxToken({ db, actor: { ...owner, memberships: [{ institutionId: inst.id, memberRole: "OWNER" }] }, institutionId: inst.id, name: "benk" });
  await db.$disconnect();
  // the per-token limit would answer 429 under load; the benchmark measures the answers
  const server = await startServer(url, PORT, { SANDBOX_RATE_LIMIT_PER_MINUTE: "1000000" });
  try {
    const auth = { Authorization: `Bearer ${token}`, "Content-Type": "application/json", Accept: "application/json" };
    const employer = "974760673";
    // documented example 1: two agreements and five employer months
    await fetch(`${BASE}/api/sandbox/opplysningspliktig/${employer}/maaneder`, { method: "PUT", headers: auth, body: JSON.stringify({ maaneder: ["2022-03", "2022-04", "2022-05", "2022-09", "2022-10"] }) });
    for (const a of [{ avtalereferanse: "avtale-1", fraOgMed: "2022-03", tilOgMed: "2022-05" }, { avtalereferanse: "avtale-2", fraOgMed: "2022-09" }]) {
      const res = await fetch(`${BASE}/api/sandbox/tjenestepensjonsavtale/v1/otp/avtaleforhold`, { method: "POST", headers: auth, body: JSON.stringify({ ...a, opplysningspliktig: { norskIdentifikator: employer } }) });
      if (res.status !== 201) throw new Error(`POST avtaleforhold answered ${res.status}`);
    }
    const query = `opplysningspliktig=${employer}&pensjonsinnretning=${inst.orgnr}&fraOgMed=2022-01&tilOgMed=2022-12`;
    const gyldighet = `${BASE}/api/sandbox/tjenestepensjonsavtale/v1/nav/avtaleforhold`;
    const check = await fetch(`${gyldighet}/gyldighet?${query}`, { headers: auth });
    console.log(`bench:sandbox: check answer ${check.status} ${await check.text()}`);
    const rows = await measureAll([
      { label: "/api/health", url: `${BASE}/api/health` },
      { label: "GET avtaleforhold/gyldighet", url: `${gyldighet}/gyldighet?${query}`, headers: auth },
      { label: "GET virkningsperiode/gyldighet", url: `${gyldighet}/virkningsperiode/gyldighet?${query}`, headers: auth },
    ]);
    const worst = Math.max(rows[1].p95, rows[2].p95) / rows[0].p95;
    console.log(`\nTarget: gyldighet p95 within 3x /api/health p95 -> worst ${worst.toFixed(2)}x`);
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
