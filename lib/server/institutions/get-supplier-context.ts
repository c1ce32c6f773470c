// Who a supplier's staff member works for and which institutions they act for: their company
// (User.supplierOrgnr, named as the institutions name it) and their memberships. Null for
// everyone else (Bits, the institutions' own staff). Reads only the actor's own user row and
// the institutions they are a member of, which they may read (institution.read).
import { isCoordinator } from "../../onboarding/permissions";
import type { CoreActor } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";

export interface TSupplierContext {
  orgnr: string;
  /** The company's name as the institutions record it; null when none of them names it. */
  name: string | null;
  /** The institutions the user is a member of, by name. */
  institutions: { id: string; name: string }[];
}

const NAME_ORDER = new Intl.Collator("nb");

/** `actor.supplierOrgnr`, when the actor carries it (loadActor reads it with the session), saves
 * reading the user row again; without it the row is read here. */
export async function getSupplierContext(opts: { db: PrismaClient; actor: CoreActor & { supplierOrgnr?: string | null } }): Promise<TSupplierContext | null> {
  const { db, actor } = opts;
  if (isCoordinator(actor)) return null;
  const user =
    actor.supplierOrgnr !== undefined ? { supplierOrgnr: actor.supplierOrgnr } : await db.user.findUnique({ where: { id: actor.id }, select: { supplierOrgnr: true } });
  if (!user?.supplierOrgnr) return null;
  const institutions = await db.institution.findMany({
    where: { id: { in: actor.memberships.map((m) => m.institutionId) } },
    select: { id: true, name: true, supplierOrgnr: true, supplierName: true },
  });
  const name = institutions.find((i) => i.supplierOrgnr === user.supplierOrgnr && i.supplierName)?.supplierName ?? null;
  return {
    orgnr: user.supplierOrgnr,
    name,
    institutions: institutions.map(({ id, name }) => ({ id, name })).sort((a, b) => NAME_ORDER.compare(a.name, b.name)),
  };
}
