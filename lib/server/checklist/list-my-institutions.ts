// The start page of an institution user with several institutions: each of theirs with its
// progress, phase and who it waits on, read through getChecklist (the access check per institution).
import type { CoreActor } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";
import { getChecklist, type TChecklist } from "./get-checklist";

const NAME_ORDER = new Intl.Collator("nb");

export async function listMyInstitutions(opts: { db: PrismaClient; actor: CoreActor; today: string }): Promise<TChecklist[]> {
  const { db, actor, today } = opts;
  const lists = await Promise.all(actor.memberships.map((m) => getChecklist({ db, actor, institutionId: m.institutionId, today })));
  return lists.sort((a, b) => NAME_ORDER.compare(a.institution.name, b.institution.name));
}
