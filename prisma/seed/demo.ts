// Demo data for a first start: institutions at different stages of the onboarding.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { seedInstitution } from "./factories";

export const DEMO_INSTITUTIONS = [
  { orgnr: "974760673", name: "Fjordkyst Pensjonskasse", blpMember: true, target: "2027-03-01" },
  { orgnr: "910112244", name: "Nordlys Livsforsikring ASA", blpMember: false, target: "2027-01-15" },
  { orgnr: "923609016", name: "Vidde Tjenestepensjon AS", blpMember: true, target: "2026-12-15",
    supplierOrgnr: "999999999", supplierName: "Pensjonsdrift Leverandør AS" },
  { orgnr: "985399077", name: "Havbris Pensjonsforsikring", blpMember: false, target: "2027-06-01",
    supplierOrgnr: "999999999", supplierName: "Pensjonsdrift Leverandør AS" },
] as const;

/** Seeds the demo when the database holds no institution; never touches existing data. */
export async function seedDemoIfEmpty(db: PrismaClient): Promise<boolean> {
  if ((await db.institution.count()) > 0) return false;
  for (const d of DEMO_INSTITUTIONS) {
    await seedInstitution(db, {
      orgnr: d.orgnr,
      name: d.name,
      blpMember: d.blpMember,
      supplierOrgnr: "supplierOrgnr" in d ? d.supplierOrgnr : null,
      supplierName: "supplierName" in d ? d.supplierName : null,
      targetProductionDate: new Date(`${d.target}T00:00:00Z`),
    });
  }
  return true;
}
