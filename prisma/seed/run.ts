// `tsx prisma/seed/run.ts`: seeds the demo into an empty database (run by `npm start`). Always on
// the embedded database; on PostgreSQL only with AJOUR_DEMO=1, so a production database never gets
// the demo logins and their published password.
import { parseEnv } from "../../lib/env";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { DEMO_LOGINS, DEMO_PASSWORD, demoWanted, seedDemoIfEmpty } from "./demo";

async function main() {
  const env = parseEnv(process.env);
  const db = createPrismaClient({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  try {
    if (!demoWanted(env)) {
      if ((await db.user.count()) === 0) {
        console.log("[seed] no demo data (AJOUR_DEMO is not 1) and no user yet: create the first administrator with");
        console.log('[seed]   npm run admin:create -- --email you@example.no --name "Your Name"');
      }
      return;
    }
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
