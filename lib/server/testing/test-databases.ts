// Integration tests run against both databases Ajour supports: a fresh PGlite directory and the
// PostgreSQL server at TEST_DATABASE_URL (a dedicated database, created when missing).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations, openDatabase } from "../../../scripts/migrate.mjs";
import { createPrismaClient, type DatabaseKind, type PrismaClient } from "../prisma-client";

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/ajour_test";

export interface TestDatabase {
  kind: DatabaseKind;
  env: { DATABASE_URL?: string; PGLITE_DIR?: string };
  prisma: PrismaClient;
  close(): Promise<void>;
}

async function ensurePostgresDatabase(url: string): Promise<boolean> {
  const target = new URL(url);
  const dbName = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch (error) {
    const message = `PostgreSQL at ${target.host} does not answer (${(error as Error).message})`;
    if (process.env.REQUIRE_POSTGRES === "1") throw new Error(`${message}; REQUIRE_POSTGRES=1`);
    console.warn(`\n!!!!! ${message}: integration tests run on PGlite ONLY !!!!!\n`);
    return false;
  }
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [dbName]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${dbName.replace(/"/g, "")}"`);
    return true;
  } finally {
    await client.end();
  }
}

/** Which database kinds this run covers (PostgreSQL only when a server answers). */
export async function testDatabaseKinds(): Promise<DatabaseKind[]> {
  return (await ensurePostgresDatabase(TEST_DATABASE_URL)) ? ["pglite", "postgresql"] : ["pglite"];
}

/** A fresh, migrated, empty database of the given kind. */
export async function openFreshDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const env: TestDatabase["env"] =
    kind === "postgresql"
      ? { DATABASE_URL: TEST_DATABASE_URL }
      : { PGLITE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "ajour-pglite-")) };
  const raw = await openDatabase(env);
  try {
    if (kind === "postgresql") await raw.exec("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    await applyMigrations(raw);
  } finally {
    await raw.close();
  }
  const prisma = createPrismaClient({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR ?? "" });
  return {
    kind,
    env,
    prisma,
    async close() {
      await prisma.$disconnect();
      if (env.PGLITE_DIR) fs.rmSync(env.PGLITE_DIR, { recursive: true, force: true });
    },
  };
}
