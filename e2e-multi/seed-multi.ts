// Run by global-setup.ts (`node --import tsx`) once both instances are up (after their demo seed):
// this run's own institutions, users and sandbox token, printed as JSON for the spec.
import { createPrismaClient } from "../lib/server/prisma-client";
import { createSandboxToken } from "../lib/server/sandbox/manage-tokens";
import { DEMO_INSTITUTIONS, DEMO_LOGINS } from "../prisma/seed/demo";
import { FACTORY_PASSWORD, seedInstitution, seedUser } from "../prisma/seed/factories";

async function main() {
  const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL, pgliteDir: "" });
  try {
    const run = Date.now().toString(36);
    const institution = await seedInstitution(db, { name: `Flerinstans Pensjon ${run}` });
    const owner = await seedUser(db, { email: `eier-${run}@multi.example`, name: "Flerinstans Eier", memberships: [{ institutionId: institution.id, memberRole: "OWNER" }] });
    const coordinator = await seedUser(db, { email: `koord-${run}@multi.example`, role: "COORDINATOR" });
    const sandboxInstitution = await seedInstitution(db, { name: `Flerinstans Sandkasse ${run}` });
    const sandboxOwner = await seedUser(db, { memberships: [{ institutionId: sandboxInstitution.id, memberRole: "OWNER" }] });
    const { token } = await createSandboxToken({
      db,
      actor: { id: sandboxOwner.id, email: sandboxOwner.email, role: "INSTITUTION_USER", memberships: [{ institutionId: sandboxInstitution.id, memberRole: "OWNER" }] },
      institutionId: sandboxInstitution.id,
      name: "flerinstans",
    });
    const alternating = await seedUser(db, { email: `veksler-${run}@multi.example` });
    const single = await seedUser(db, { email: `en-${run}@multi.example` });
    process.stdout.write(JSON.stringify({
      password: FACTORY_PASSWORD,
      institution: { id: institution.id, name: institution.name },
      owner: owner.email,
      coordinator: coordinator.email,
      sandboxToken: token,
      sandboxOrgnr: sandboxInstitution.orgnr,
      signInLimit: { alternating: alternating.email, single: single.email },
      demo: { orgnrs: DEMO_INSTITUTIONS.map((d) => d.orgnr), logins: DEMO_LOGINS.length },
    }));
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
