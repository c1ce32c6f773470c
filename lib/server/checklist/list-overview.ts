// The coordinators' overview: every institution with phase, progress per phase, next step,
// who it waits on, days since last activity, overdue steps, certificate warning, target date.
import type { TOverviewFilter } from "../../validation/checklist";
import type { PrismaClient } from "../prisma-client";
import { requireCoordinator, type CoreActor } from "./access";
import { filterAndSort, type TOverviewRow } from "./overview-row";
import { institutionDigests, type TInstitutionDigest } from "./summary-cache";

// institutionDigests returns the same array while nothing changed: filter and sort it once per
// filter, not on every request (500 institutions by a locale-aware collator).
const sortedLists = new WeakMap<TInstitutionDigest[], Map<string, TOverviewRow[]>>();

function sortedRows(digests: TInstitutionDigest[], filters: TOverviewFilter): TOverviewRow[] {
  const key = JSON.stringify({ ...filters, page: undefined });
  let byFilter = sortedLists.get(digests);
  if (!byFilter) sortedLists.set(digests, (byFilter = new Map()));
  let rows = byFilter.get(key);
  if (!rows) byFilter.set(key, (rows = filterAndSort(digests.map((d) => d.overview), filters)));
  return rows;
}

export async function listOverview(opts: { db: PrismaClient; actor: CoreActor; today: string; filters: TOverviewFilter }) {
  const { db, actor, today, filters } = opts;
  await requireCoordinator(db, actor, "checklist.overview");
  const q = filters.q?.trim();
  const digests = await institutionDigests(db, q, today);
  // Unsearched, the digests are every institution: no second query on the hot path.
  const total = q ? await db.institution.count() : digests.length;
  return { rows: sortedRows(digests, filters), total };
}
