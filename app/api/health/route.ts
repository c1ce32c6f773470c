import { db, dbKind } from "@/lib/server/db";
import { pendingMigrations } from "@/lib/server/migration-status";

export const dynamic = "force-dynamic";

/** Liveness and readiness for load balancers: 503 when the database does not answer. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    const pending = await pendingMigrations();
    const migrations = pending.length === 0 ? "up to date" : `pending: ${pending.join(", ")}`;
    const status = pending.length === 0 ? "ok" : "degraded";
    return Response.json({ status, database: dbKind, migrations }, { status: pending.length ? 503 : 200 });
  } catch {
    return Response.json({ status: "unavailable", database: dbKind, migrations: "unknown" }, { status: 503 });
  }
}
