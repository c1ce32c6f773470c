// Called from instrumentation.ts (Node.js runtime): starts the outbox dispatcher and the
// scheduler. Shares the process's one Prisma client with lib/server/db.ts (the same global
// slot; PGlite must never be opened twice) without importing "server-only" there.
import { env } from "../../env";
import { createPrismaClient, type PrismaClient } from "../prisma-client";
import { startNotificationWorkers } from "./workers";

export function startNotifications(): void {
  // off in builds and unit tests, and when asked (a read-only replica, a one-off script)
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.VITEST || process.env.AJOUR_NOTIFICATION_WORKERS === "0") return;
  const g = globalThis as unknown as { ajourDb?: PrismaClient };
  g.ajourDb ??= createPrismaClient({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, poolSize: env.DATABASE_POOL_SIZE });
  const ms = Number(process.env.AJOUR_NOTIFICATION_DISPATCH_MS) || undefined;
  startNotificationWorkers(g.ajourDb, { dispatchMs: ms, scheduleMs: Number(process.env.AJOUR_NOTIFICATION_SCHEDULE_MS) || undefined });
}
