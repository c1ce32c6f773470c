// Tests and e2e setups that need an empty PostgreSQL database of their own. Only `pg`, so
// Playwright's loader (which cannot load the Prisma client) can import it too.
import pg from "pg";

/** Drops (closing its connections) and creates the database `url` names; returns `url`. */
export async function recreatePostgresDatabase(url: string): Promise<string> {
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, "")}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
  return url;
}

/** The URL of a database named after `url`'s plus `_suffix`. */
export function siblingDatabaseUrl(url: string, suffix: string): string {
  const sibling = new URL(url);
  sibling.pathname = `${sibling.pathname}_${suffix}`;
  return sibling.toString();
}
