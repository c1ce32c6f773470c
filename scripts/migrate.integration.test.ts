// scripts/migrate.mjs on both databases: a changed, already-applied migration stops the run
// before anything is applied; on PostgreSQL concurrent runs on an empty database (instances
// starting together) apply each migration exactly once, table creation included.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, listMigrations, openDatabase, type RawDatabase } from "./migrate.mjs";
import { TEST_DATABASE_URL, testDatabaseKinds } from "../lib/server/testing/test-databases";
import { recreatePostgresDatabase, siblingDatabaseUrl } from "../lib/server/testing/recreate-database";

const kinds = await testDatabaseKinds();
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** A database named after the test database plus a suffix, dropped and created empty. */
const emptyPostgres = (suffix: string) => recreatePostgresDatabase(siblingDatabaseUrl(TEST_DATABASE_URL, suffix));

async function openEmpty(kind: string, suffix: string): Promise<RawDatabase> {
  if (kind === "postgresql") {
    const db = await openDatabase({ DATABASE_URL: await emptyPostgres(suffix) });
    cleanups.push(() => db.close());
    return db;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ajour-migrate-"));
  const pglite = new PGlite(dir);
  await pglite.waitReady;
  cleanups.push(async () => {
    await pglite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    kind: "pglite",
    exec: (sql) => pglite.exec(sql),
    rows: async (sql, params = []) => (await pglite.query<Record<string, unknown>>(sql, params)).rows,
    close: async () => {},
  };
}

function migrationsDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ajour-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe.each(kinds)("migrations on %s", (kind) => {
  it("an applied migration whose file changed stops the run with its name, and nothing after it is applied", async () => {
    const db = await openEmpty(kind, "checksum");
    const dir = migrationsDir({
      "001_first": `CREATE TABLE first (id int);`,
      "002_second": `CREATE TABLE second (id int);`,
    });
    expect(await applyMigrations(db, { dir })).toEqual(["001_first", "002_second"]);
    // someone edits an applied migration and adds a new one
    fs.writeFileSync(path.join(dir, "001_first", "migration.sql"), `CREATE TABLE first (id int, extra text);`);
    fs.mkdirSync(path.join(dir, "003_third"));
    fs.writeFileSync(path.join(dir, "003_third", "migration.sql"), `CREATE TABLE third (id int);`);
    await expect(applyMigrations(db, { dir })).rejects.toThrow(/001_first was changed after being applied.*nothing was applied/s);
    const tables = (await db.rows(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`)).map((r) => r.table_name);
    expect(tables).toEqual(["_prisma_migrations", "first", "second"]);
    expect((await db.rows(`SELECT migration_name FROM "_prisma_migrations" ORDER BY 1`)).map((r) => r.migration_name)).toEqual(["001_first", "002_second"]);
    // restoring the file lets the run go on
    fs.writeFileSync(path.join(dir, "001_first", "migration.sql"), `CREATE TABLE first (id int);`);
    expect(await applyMigrations(db, { dir })).toEqual(["003_third"]);
  });
});

describe.runIf(kinds.includes("postgresql"))("concurrent migrations on one empty PostgreSQL database", () => {
  it("three runs started together apply each migration exactly once, without an error", async () => {
    const first = await openEmpty("postgresql", "concurrent");
    const url = (await first.rows("SELECT current_database() AS name"))[0].name as string;
    const dbUrl = new URL(TEST_DATABASE_URL);
    dbUrl.pathname = `/${url}`;
    const others = await Promise.all([1, 2].map(() => openDatabase({ DATABASE_URL: dbUrl.toString() })));
    for (const o of others) cleanups.push(() => o.close());
    const results = await Promise.allSettled([first, ...others].map((db) => applyMigrations(db)));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    const applied = results.flatMap((r) => (r.status === "fulfilled" ? r.value : []));
    expect(applied.sort()).toEqual(listMigrations().map((m) => m.name));
    const rows = await first.rows(`SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY 1 ORDER BY 1`);
    expect(rows).toEqual(listMigrations().map((m) => ({ migration_name: m.name, n: 1 })));
  });
});

describe.runIf(kinds.includes("postgresql"))("the migration connection", () => {
  it("uses DIRECT_DATABASE_URL over DATABASE_URL (the pooler's URL), since the migration lock is a session lock", async () => {
    const db = await openDatabase({ DATABASE_URL: "postgresql://nobody@127.0.0.1:1/unreachable", DIRECT_DATABASE_URL: TEST_DATABASE_URL });
    try {
      expect((await db.rows("SELECT current_database() AS name"))[0].name).toBe(new URL(TEST_DATABASE_URL).pathname.slice(1));
    } finally {
      await db.close();
    }
  });
});
