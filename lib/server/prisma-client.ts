// Builds a Prisma client on the right driver adapter. Kept free of "server-only" so the seed,
// scripts and integration tests can use it too; app code imports `db` from ./db instead.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client";

export type DatabaseKind = "pglite" | "postgresql";

export interface DatabaseTarget {
  databaseUrl?: string;
  pgliteDir: string;
  poolSize?: number;
}

export function databaseKind(target: DatabaseTarget): DatabaseKind {
  return target.databaseUrl ? "postgresql" : "pglite";
}

export function createPrismaClient(target: DatabaseTarget): PrismaClient {
  if (target.databaseUrl) {
    const adapter = new PrismaPg({ connectionString: target.databaseUrl, max: target.poolSize ?? 10 });
    return new PrismaClient({ adapter });
  }
  const dir = path.resolve(target.pgliteDir);
  fs.mkdirSync(dir, { recursive: true }); // PGlite does not create parent directories
  return prismaOnPGlite(new PGlite(dir));
}

/** A client over an open PGlite instance (which the caller closes: $disconnect does not). */
export function prismaOnPGlite(pglite: PGlite): PrismaClient {
  // pglite-prisma-adapter 0.6 is typed against driver-adapter-utils 6.10; the runtime contract
  // is the same in 6.19, only the nominal types differ.
  const adapter = new PrismaPGlite(pglite) as unknown as PrismaPg;
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
