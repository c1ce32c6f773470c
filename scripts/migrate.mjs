// Applies prisma/migrations/*/migration.sql in order, each in its own transaction, and records
// them in Prisma's own `_prisma_migrations` table (same columns and sha256 checksums), so the
// state is the one `prisma migrate deploy` reads. Why not call `prisma migrate deploy` here:
// Prisma 6.19's JS schema engine hangs on a reopened PGlite directory and fails to read
// PostgreSQL's `name` columns through @prisma/adapter-pg; the classic engine needs a download.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const migrationsDir = path.join(root, "prisma", "migrations");

export function listMigrations(dir = migrationsDir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/**
 * Opens the database named by the environment: { kind, exec(sql), rows(sql, params), close() }.
 * DIRECT_DATABASE_URL, when set, wins over DATABASE_URL: behind PgBouncer in transaction mode the
 * app uses the pooler, but the migration lock is a session lock and needs a direct connection.
 */
export async function openDatabase(env = process.env) {
  const url = env.DIRECT_DATABASE_URL || env.DATABASE_URL;
  if (url) {
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return {
      kind: "postgresql",
      exec: (sql) => client.query(sql),
      rows: async (sql, params = []) => (await client.query(sql, params)).rows,
      close: () => client.end(),
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const dir = path.resolve(root, env.PGLITE_DIR || "data/pglite");
  fs.mkdirSync(dir, { recursive: true }); // PGlite does not create parent directories
  const db = new PGlite(dir);
  await db.waitReady;
  return {
    kind: "pglite",
    exec: (sql) => db.exec(sql),
    rows: async (sql, params = []) => (await db.query(sql, params)).rows,
    close: () => db.close(),
  };
}

const LOCK_ID = 72707369;

/**
 * Applies pending migrations; throws (after rolling back the failing one) on the first error.
 * On PostgreSQL everything, the creation of the migrations table included, happens under one
 * advisory lock: app instances (or `npm run db:migrate`) starting together migrate once, and the
 * others wait and then find nothing to do. An applied migration whose file has changed since
 * stops it before anything is applied: the database no longer matches what the files say.
 */
export async function applyMigrations(db, { dir = migrationsDir, log = () => {} } = {}) {
  if (db.kind === "postgresql") await db.exec(`SELECT pg_advisory_lock(${LOCK_ID})`);
  try {
    await db.exec(CREATE_TABLE);
    const applied = new Map(
      (await db.rows(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`))
        .map((r) => [r.migration_name, r.checksum]),
    );
    const migrations = listMigrations(dir);
    const changed = migrations.filter((m) => applied.has(m.name) && applied.get(m.name) !== m.checksum);
    if (changed.length > 0) {
      throw new Error(
        `${changed.map((m) => m.name).join(", ")} ${changed.length === 1 ? "was" : "were"} changed after being applied to this database ` +
          `(checksum differs); nothing was applied. Restore the original migration.sql and put the change in a new migration.`,
      );
    }
    const done = [];
    for (const m of migrations) {
      if (applied.has(m.name)) continue;
      try {
        await db.exec("BEGIN");
        await db.exec(m.sql);
        await db.rows(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)`,
          [crypto.randomUUID(), m.checksum, m.name],
        );
        await db.exec("COMMIT");
      } catch (error) {
        await db.exec("ROLLBACK").catch(() => {});
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Migration ${m.name} failed and was rolled back; nothing was changed by it.\n  ${reason}`);
      }
      log(`applied ${m.name}`);
      done.push(m.name);
    }
    return done;
  } finally {
    if (db.kind === "postgresql") await db.exec(`SELECT pg_advisory_unlock(${LOCK_ID})`).catch(() => {});
  }
}

// CLI: `node scripts/migrate.mjs` (npm run db:migrate). No top-level await: tsx may load this
// module as CommonJS when a TypeScript script imports it.
async function main() {
  if (fs.existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
  const db = await openDatabase();
  try {
    const done = await applyMigrations(db, { log: (l) => console.log(`[migrate] ${l}`) });
    console.log(`[migrate] ${db.kind}: ${done.length ? `${done.length} applied` : "up to date"}`);
  } catch (error) {
    console.error(`[migrate] ${error.message}`);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
