import "server-only";
import { db } from "../db";

export async function listInstitutions() {
  return db.institution.findMany({
    orderBy: { name: "asc" },
    select: { id: true, orgnr: true, name: true, blpMember: true, supplierName: true, targetProductionDate: true },
  });
}
