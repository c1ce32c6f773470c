// Integration tests run against both databases Ajour supports: a fresh PGlite directory and the
// PostgreSQL server at TEST_DATABASE_URL (a dedicated database, created when missing).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations, openDatabase, type RawDatabase } from "../../../scripts/migrate.mjs";
import { createPrismaClient, prismaOnPGlite, type DatabaseKind, type PrismaClient } from "../prisma-client";

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/ajour_test";

export interface TestDatabase {
  kind: DatabaseKind;
  env: { DATABASE_URL?: string; PGLITE_DIR?: string };
  prisma: PrismaClient;
  /** Plain SQL on the same database (for PGlite: the very same instance, never a second one). */
  raw(): Promise<RawDatabase>;
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
  if (kind === "postgresql") {
    const env = { DATABASE_URL: TEST_DATABASE_URL };
    const raw = await openDatabase(env);
    try {
      await raw.exec("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
      await applyMigrations(raw);
    } finally {
      await raw.close();
    }
    const prisma = createPrismaClient({ databaseUrl: TEST_DATABASE_URL, pgliteDir: "" });
    return { kind, env, prisma, raw: () => openDatabase(env), close: () => prisma.$disconnect() };
  }
  // PGlite is single-process and must never be opened twice: one instance serves Prisma and SQL.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ajour-pglite-"));
  const pglite = new PGlite(dir);
  await pglite.waitReady;
  const raw: RawDatabase = {
    kind: "pglite",
    exec: (sql) => pglite.exec(sql),
    rows: async (sql, params = []) => (await pglite.query<Record<string, unknown>>(sql, params)).rows,
    close: async () => {}, // the test database's close() ends the instance
  };
  await applyMigrations(raw);
  const prisma = prismaOnPGlite(pglite);
  return {
    kind,
    env: { PGLITE_DIR: dir },
    prisma,
    raw: async () => raw,
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
