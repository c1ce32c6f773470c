// `tsx prisma/seed/run.ts`: seeds the demo into an empty database (run by `npm start`).
import { parseEnv } from "../../lib/env";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { seedDemoIfEmpty } from "./demo";

async function main() {
  const env = parseEnv(process.env);
  const db = createPrismaClient({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  try {
    const seeded = await seedDemoIfEmpty(db);
    console.log(seeded ? "[seed] demo data created" : "[seed] database has data; demo seed skipped");
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error("[seed] failed:", error);
  process.exit(1);
});
