// Demo data for a first start: institutions at different stages of the onboarding, and logins.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { saveAgreement, saveEmployerMonths } from "../../lib/server/sandbox/store";
import { saveTestScenario } from "../../lib/server/test-panel/save-test-scenario";
import { EXAMPLES } from "../../lib/test-panel/scenario";
import { seedDemoProgress } from "./checklist";
import { seedInstitution, seedUser } from "./factories";
import { SYSTEM_ACTOR } from "../../lib/format/person";

export const DEMO_PASSWORD = "ajour-demo-2026";

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

/** Seeds the demo when the database holds no institution; never touches existing data. */
export async function seedDemoIfEmpty(db: PrismaClient): Promise<boolean> {
  if ((await db.institution.count()) > 0 || (await db.user.count()) > 0) return false;
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
  await seedUser(db, {
    email: "leverandor@demo.ajour.no",
    name: "Lars Leverandør",
    password: DEMO_PASSWORD,
    memberships: DEMO_INSTITUTIONS.filter((d) => "supplierOrgnr" in d).map((d) => ({ institutionId: byOrgnr.get(d.orgnr)!, memberRole: "MEMBER" as const })),
    actor: coordinator.email,
  });
  return true;
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
