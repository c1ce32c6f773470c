// `npm start` (scripts/start.mjs) on PostgreSQL: a production start refuses to run without an
// explicit signing secret and public URL, before it touches the database; the demo (with its
// published password) goes into a PostgreSQL database only with AJOUR_DEMO=1.
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, openDatabase } from "./migrate.mjs";
import { TEST_DATABASE_URL, testDatabaseKinds } from "../lib/server/testing/test-databases";
import { DEMO_INSTITUTIONS, DEMO_PORTFOLIO_SIZE } from "../prisma/seed/demo";
import { recreatePostgresDatabase, siblingDatabaseUrl } from "../lib/server/testing/recreate-database";

const root = path.resolve(__dirname, "..");
const kinds = await testDatabaseKinds();

const emptyDatabase = (suffix: string) => recreatePostgresDatabase(siblingDatabaseUrl(TEST_DATABASE_URL, suffix));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The environment of this process minus everything that configures Ajour. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ["DATABASE_URL", "DIRECT_DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "AJOUR_DEMO", "PGLITE_DIR", "NODE_ENV"]) delete env[k];
  return { ...env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

describe.runIf(kinds.includes("postgresql"))("a production start on PostgreSQL", () => {
  let url: string;
  beforeAll(async () => {
    url = await emptyDatabase("start");
  });

  it.each([
    ["both missing", {}, ["NEXTAUTH_SECRET", "NEXTAUTH_URL"]],
    ["a short secret, no URL", { NEXTAUTH_SECRET: "too-short" }, ["NEXTAUTH_SECRET: NEXTAUTH_SECRET must be at least 32 characters", "NEXTAUTH_URL"]],
    ["no URL", { NEXTAUTH_SECRET: "x".repeat(40) }, ["NEXTAUTH_URL: required in production"]],
    ["no secret", { NEXTAUTH_URL: "https://ajour.example.no" }, ["NEXTAUTH_SECRET: required in production"]],
  ])("refuses to start (%s), says what to set, and migrates and seeds nothing", async (_what, vars: Record<string, string>, expected: string[]) => {
    const run = spawnSync(process.execPath, ["scripts/start.mjs"], {
      cwd: root,
      env: cleanEnv({ DATABASE_URL: url, NODE_ENV: "production", AJOUR_DEMO: "1", PORT: "3139", SKIP_BUILD: "1", ...vars }),
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.status, run.stdout + run.stderr).toBe(1);
    for (const e of expected) expect(run.stderr).toContain(e);
    expect(run.stderr).toContain("nothing was migrated or seeded and the server was not started");
    const tables = await query(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables).toEqual([]);
  });
});

describe.runIf(kinds.includes("postgresql"))("the demo seed on PostgreSQL", () => {
  let url: string;
  beforeAll(async () => {
    url = await emptyDatabase("seed");
    const raw = await openDatabase({ DATABASE_URL: url });
    try {
      await applyMigrations(raw);
    } finally {
      await raw.close();
    }
  });

  const seed = (extra: Record<string, string>) =>
    spawnSync(process.execPath, ["--import", "tsx", "prisma/seed/run.ts"], { cwd: root, env: cleanEnv({ DATABASE_URL: url, ...extra }), encoding: "utf8", timeout: 180_000 });

  it("is not seeded without AJOUR_DEMO=1; the start says how to create the first administrator", async () => {
    for (const extra of [{}, { AJOUR_DEMO: "0" }] as Record<string, string>[]) {
      const run = seed(extra);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain("npm run admin:create -- --email");
      expect(await query(url, `SELECT count(*)::int AS n FROM "User"`)).toEqual([{ n: 0 }]);
      expect(await query(url, `SELECT count(*)::int AS n FROM "Institution"`)).toEqual([{ n: 0 }]);
    }
  });

  it("is seeded with AJOUR_DEMO=1", async () => {
    const run = seed({ AJOUR_DEMO: "1" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("demo data created");
    expect(await query(url, `SELECT count(*)::int AS n FROM "Institution"`)).toEqual([{ n: DEMO_INSTITUTIONS.length + DEMO_PORTFOLIO_SIZE }]);
  });
});
