import "server-only";
import { env } from "../env";
import { createPrismaClient, databaseKind, type PrismaClient } from "./prisma-client";

const target = { databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, poolSize: env.DATABASE_POOL_SIZE };

// One client per process: PGlite must never be opened twice, and dev reloads re-run modules.
const globalForDb = globalThis as unknown as { ajourDb?: PrismaClient };
export const db: PrismaClient = globalForDb.ajourDb ?? createPrismaClient(target);
globalForDb.ajourDb = db;

export const dbKind = databaseKind(target);
