import "server-only";
import { isCoordinator } from "../../onboarding/permissions";
import type { Actor } from "../access/actor";
import { db } from "../db";

/** Coordinators see every institution; everyone else only those they are a member of. */
export async function listInstitutions(actor: Actor) {
  const where = isCoordinator(actor) ? {} : { id: { in: actor.memberships.map((m) => m.institutionId) } };
  return db.institution.findMany({
    where,
    orderBy: { name: "asc" },
    select: { id: true, orgnr: true, name: true, blpMember: true, supplierName: true, targetProductionDate: true },
  });
}
