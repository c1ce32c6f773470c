// `tsx prisma/seed/run.ts`: seeds the demo into an empty database (run by `npm start`).
import { parseEnv } from "../../lib/env";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoIfEmpty } from "./demo";

async function main() {
  const env = parseEnv(process.env);
  const db = createPrismaClient({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  try {
    const seeded = await seedDemoIfEmpty(db);
    if (!seeded) {
      console.log("[seed] database has data; demo seed skipped");
      return;
    }
    console.log(`[seed] demo data created. Demo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const l of DEMO_LOGINS) console.log(`[seed]   ${l.email.padEnd(28)} ${l.what}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error("[seed] failed:", error);
  process.exit(1);
});
