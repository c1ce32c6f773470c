import pg from "pg";
import { E2E_DATABASE_URL } from "../config";

export function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return queryDatabase<T>(E2E_DATABASE_URL, sql, params);
}

/** One statement on the database at `url` (the e2e server's, or another suite's), on its own connection. */
export async function queryDatabase<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // timestamps as text: compared inside the database, never through the test's clock
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The database's own clock, as the text of a timestamp. */
export async function dbNow(): Promise<string> {
  return (await query<{ t: string }>(`SELECT LOCALTIMESTAMP::text AS t`))[0].t;
}

/** Writes by `actorEmail` since `since`, other than sign-ins and refused attempts. */
export async function writesBy(actorEmail: string, since: string): Promise<string[]> {
  const rows = await query<{ action: string; subject: string }>(
    `SELECT action, subject FROM "AuditEvent" WHERE actor = $1 AND at >= $2::timestamp AND action NOT IN ('access.denied', 'user.sign-in') ORDER BY at`,
    [actorEmail, since],
  );
  return rows.map((r) => `${r.action} ${r.subject}`);
}

export async function deniedCount(actorEmail: string, since: string): Promise<number> {
  const rows = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "AuditEvent" WHERE actor = $1 AND at >= $2::timestamp AND action = 'access.denied'`,
    [actorEmail, since],
  );
  return rows[0].n;
}
