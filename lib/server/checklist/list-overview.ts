// The coordinators' overview: every institution with phase, progress per phase, next step,
// who it waits on, days since last activity, overdue steps, certificate warning, target date,
// and (issue 15) its responsible coordinator and main contact.
import { ownerFilter, type TOwnerFilter } from "../../overview-tools/owner-filter";
import type { TOverviewFilter } from "../../validation/checklist";
import type { PrismaClient } from "../prisma-client";
import { requireCoordinator, type CoreActor } from "./access";
import { filterAndSort, type TOverviewRow } from "./overview-row";
import { institutionDigests, type TInstitutionDigest } from "./summary-cache";

// institutionDigests returns the same array while nothing changed: filter and sort it once per
// filter, not on every request (500 institutions by a locale-aware collator).
const sortedLists = new WeakMap<TInstitutionDigest[], Map<string, TOverviewRow[]>>();

/** A person named by the overview's ownership columns. */
export interface TOwnershipPerson {
  id: string;
  name: string;
  email: string;
  /** A Bits user who may be responsible (an active coordinator or admin). */
  assignable: boolean;
}

function sortedRows(digests: TInstitutionDigest[], filters: TOverviewFilter, owner: TOwnerFilter, people: Map<string, TOwnershipPerson>): TOverviewRow[] {
  // the owner filter resolved ("mine" is the actor's id); names matter only when sorting by them
  const names = filters.sort === "coordinator" ? [...people.values()].map((p) => `${p.id}=${p.name}`).join(",") : "";
  const key = JSON.stringify({ ...filters, page: undefined, owner, names });
  let byFilter = sortedLists.get(digests);
  if (!byFilter) sortedLists.set(digests, (byFilter = new Map()));
  let rows = byFilter.get(key);
  if (!rows) byFilter.set(key, (rows = filterAndSort(digests.map((d) => d.overview), filters, { owner, coordinatorName: (id) => people.get(id)?.name })));
  return rows;
}

const PERSON_SELECT = { id: true, name: true, email: true, role: true, disabled: true } as const;
const person = (p: { id: string; name: string; email: string; role: string; disabled: boolean }): TOwnershipPerson =>
  ({ id: p.id, name: p.name, email: p.email, assignable: p.role !== "INSTITUTION_USER" && !p.disabled });

/** Every Bits user (coordinators and admins), in one query: the responsible column and the coordinator filter. */
export async function ownershipPeople(db: PrismaClient): Promise<Map<string, TOwnershipPerson>> {
  const people = await db.user.findMany({ where: { role: { in: ["COORDINATOR", "ADMIN"] } }, select: PERSON_SELECT });
  return new Map(people.map((p) => [p.id, person(p)]));
}

/** The main contacts of the rows shown (one query, none when no row names one). */
export async function contactPeople(db: PrismaClient, rows: readonly { ownership?: { contactId: string | null } }[]): Promise<Map<string, TOwnershipPerson>> {
  const ids = [...new Set(rows.flatMap((r) => (r.ownership?.contactId ? [r.ownership.contactId] : [])))];
  if (ids.length === 0) return new Map();
  const people = await db.user.findMany({ where: { id: { in: ids } }, select: PERSON_SELECT });
  return new Map(people.map((p) => [p.id, person(p)]));
}

/** The ownership columns' names: Bits' people (read with the list) and the main contacts of the
 * rows shown (one query). */
export async function ownershipNames(db: PrismaClient, people: Map<string, TOwnershipPerson>, rows: readonly { ownership?: { contactId: string | null } }[]): Promise<(id: string | null) => string | null> {
  const contacts = await contactPeople(db, rows);
  return (id) => (id ? ((people.get(id) ?? contacts.get(id))?.name ?? null) : null);
}

const NAME_ORDER = new Intl.Collator("nb");

/** The Bits people who can be made responsible for an institution, as select options by name. */
export function coordinatorOptions(people: Map<string, TOwnershipPerson>): { value: string; label: string }[] {
  return [...people.values()].filter((p) => p.assignable).sort((a, b) => NAME_ORDER.compare(a.name, b.name)).map((p) => ({ value: p.id, label: p.name }));
}

export async function listOverview(opts: { db: PrismaClient; actor: CoreActor; today: string; filters: TOverviewFilter }) {
  const { db, actor, today, filters } = opts;
  await requireCoordinator(db, actor, "checklist.overview");
  const q = filters.q?.trim();
  const [digests, people] = await Promise.all([institutionDigests(db, q, today), ownershipPeople(db)]);
  // Unsearched, the digests are every institution: no second query on the hot path.
  const total = q ? await db.institution.count() : digests.length;
  return { rows: sortedRows(digests, filters, ownerFilter(filters.owner, actor.id), people), total, people };
}
