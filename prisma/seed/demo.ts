// Demo data for a first start: institutions at different stages of the onboarding, and logins.
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { saveAgreement, saveEmployerMonths } from "../../lib/server/sandbox/store";
import { saveTestScenario } from "../../lib/server/test-panel/save-test-scenario";
import { EXAMPLES } from "../../lib/test-panel/scenario";
import { seedDemoProgress } from "./checklist";
import { seedInstitution, seedUser } from "./factories";
import { seedPortfolio } from "./portfolio";
import { SYSTEM_ACTOR } from "../../lib/format/person";

export const DEMO_PASSWORD = "ajour-demo-2026";
/** Pensjonsdrift Leverandør AS, the demo's supplier of Vidde and Havbris; Lars Leverandør works there. */
export const DEMO_SUPPLIER_ORGNR = "999999999";

export const DEMO_INSTITUTIONS = [
  { orgnr: "974760673", name: "Fjordkyst Pensjonskasse", blpMember: true, target: "2027-03-01", user: "fjordkyst@demo.ajour.no", owner: "Siri Fjordheim" },
  { orgnr: "910112244", name: "Nordlys Livsforsikring ASA", blpMember: false, target: "2027-01-15", user: "nordlys@demo.ajour.no", owner: "Jonas Nordli" },
  { orgnr: "923609016", name: "Vidde Tjenestepensjon AS", blpMember: true, target: "2026-12-15", user: "vidde@demo.ajour.no", owner: "Ingrid Viddal",
    supplierOrgnr: "999999999", supplierName: "Pensjonsdrift Leverandør AS" },
  { orgnr: "985399077", name: "Havbris Pensjonsforsikring", blpMember: false, target: "2027-06-01", user: "havbris@demo.ajour.no", owner: "Ola Havbø",
    supplierOrgnr: "999999999", supplierName: "Pensjonsdrift Leverandør AS" },
] as const;

export const DEMO_LOGINS = [
  { email: "admin@demo.ajour.no", name: "Astrid Admin", role: "ADMIN" as const, what: "admin (Bits)" },
  { email: "koordinator@demo.ajour.no", name: "Kari Koordinator", role: "COORDINATOR" as const, what: "coordinator (Bits)" },
  ...DEMO_INSTITUTIONS.map((d) => ({ email: d.user, name: d.owner, role: "INSTITUTION_USER" as const, what: `owner, ${d.name}` })),
  { email: "leverandor@demo.ajour.no", name: "Lars Leverandør", role: "INSTITUTION_USER" as const,
    what: "supplier staff, Vidde and Havbris" },
];

/** Institutions with two years of history besides the four above (issue 15's dashboard, timelines,
 * insights); each has a main contact without a password (not a login) and most a responsible coordinator. */
export const DEMO_PORTFOLIO_SIZE = 40;

/** Whether a start seeds the demo: always on the embedded database, on PostgreSQL only when asked. */
export function demoWanted(env: { DATABASE_URL?: string; AJOUR_DEMO?: "0" | "1" }): boolean {
  return env.AJOUR_DEMO === undefined ? !env.DATABASE_URL : env.AJOUR_DEMO === "1";
}

// Arbitrary, distinct from scripts/migrate.mjs's lock: serialises concurrent first starts.
const SEED_LOCK_ID = 72707370;

/**
 * Seeds the demo when the database holds no institution and no user; never touches existing data.
 * All of it is one transaction under a transaction-level advisory lock: an interrupted seed leaves
 * the database empty (the next start seeds it again), and of several instances starting together
 * on an empty database exactly one seeds, the others find data and skip.
 */
export async function seedDemoIfEmpty(db: PrismaClient): Promise<boolean> {
  // argon2 for seven logins and every step's audit on a loaded machine: far beyond the 5 s default
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK_ID})`);
    if ((await tx.institution.count()) > 0 || (await tx.user.count()) > 0) return false;
    await seedDemo(nested(tx));
    return true;
  }, { maxWait: 120_000, timeout: 600_000 });
}

/**
 * The transaction client as a PrismaClient whose own `$transaction(fn)` runs `fn` in the enclosing
 * transaction, so the seed factories and use-cases (which open their own transactions) join it.
 */
function nested(tx: Prisma.TransactionClient): PrismaClient {
  return new Proxy(tx, {
    get: (target, prop, receiver) =>
      prop === "$transaction" ? (fn: (t: Prisma.TransactionClient) => unknown) => fn(target) : Reflect.get(target, prop, receiver),
  }) as unknown as PrismaClient;
}

async function seedDemo(db: PrismaClient) {
  // Real people in the audit trail: the admin sets Ajour up, the coordinator registers the
  // institutions and invites their owners, owners and the coordinator do the steps.
  const admin = await seedUser(db, { email: "admin@demo.ajour.no", name: "Astrid Admin", role: "ADMIN", password: DEMO_PASSWORD, actor: SYSTEM_ACTOR });
  const coordinator = await seedUser(db, {
    email: "koordinator@demo.ajour.no", name: "Kari Koordinator", role: "COORDINATOR", password: DEMO_PASSWORD, actor: admin.email,
  });
  const byOrgnr = new Map<string, string>();
  const owners = new Map<string, { id: string; email: string }>();
  for (const d of DEMO_INSTITUTIONS) {
    const inst = await seedInstitution(db, {
      orgnr: d.orgnr,
      name: d.name,
      blpMember: d.blpMember,
      supplierOrgnr: "supplierOrgnr" in d ? d.supplierOrgnr : null,
      supplierName: "supplierName" in d ? d.supplierName : null,
      targetProductionDate: new Date(`${d.target}T00:00:00Z`),
      actor: coordinator.email,
    });
    byOrgnr.set(d.orgnr, inst.id);
    const owner = await seedUser(db, {
      email: d.user, name: d.owner, password: DEMO_PASSWORD, memberships: [{ institutionId: inst.id, memberRole: "OWNER" }], actor: coordinator.email,
    });
    owners.set(d.orgnr, { id: owner.id, email: owner.email });
    // Vidde is in its integration test (phase C): its sandbox and test panel have data to look at.
    if (d.orgnr === "923609016") await seedDemoTestData(db, inst.id, { id: owner.id, email: owner.email });
  }
  await seedDemoProgress(db, byOrgnr, { coordinator: { id: coordinator.id, email: coordinator.email }, ownerOf: (orgnr) => owners.get(orgnr) });
  // Kari follows the four institutions above; their owners are their main contacts
  for (const [orgnr, id] of byOrgnr) {
    await db.institution.update({ where: { id }, data: { responsibleCoordinatorId: coordinator.id, mainContactUserId: owners.get(orgnr)!.id } });
  }
  await seedPortfolio(db, {
    count: DEMO_PORTFOLIO_SIZE,
    coordinators: [{ id: coordinator.id, email: coordinator.email }, { id: coordinator.id, email: coordinator.email }, { id: admin.id, email: admin.email }],
  });
  await seedUser(db, {
    email: "leverandor@demo.ajour.no",
    name: "Lars Leverandør",
    password: DEMO_PASSWORD,
    supplierOrgnr: DEMO_SUPPLIER_ORGNR,
    memberships: DEMO_INSTITUTIONS.filter((d) => "supplierOrgnr" in d).map((d) => ({ institutionId: byOrgnr.get(d.orgnr)!, memberRole: "MEMBER" as const })),
    actor: coordinator.email,
  });
}

/**
 * Documented example 1 as sandbox data (employer months and both agreements, what the sandbox
 * API answers from) and example 2 as a saved scenario, written the way the app writes them.
 */
async function seedDemoTestData(db: PrismaClient, institutionId: string, owner: { id: string; email: string }) {
  const [sandboxExample, scenarioExample] = EXAMPLES;
  await saveEmployerMonths(db, institutionId, sandboxExample.orgnr, sandboxExample.months);
  for (const a of sandboxExample.agreements) {
    await saveAgreement(db, institutionId, { ...a, opplysningspliktig: { norskIdentifikator: sandboxExample.orgnr } });
  }
  await saveTestScenario({
    db,
    actor: { ...owner, role: "INSTITUTION_USER", memberships: [{ institutionId, memberRole: "OWNER" }] },
    institutionId,
    name: "Eksempel 2: arbeidsgiveren rapporterer med hull",
    scenario: scenarioExample,
  });
}
