// The coordinators' overview: every institution with phase, progress per phase, next step,
// who it waits on, days since last activity, overdue steps, certificate warning, target date.
import type { TOverviewFilter } from "../../validation/checklist";
import type { PrismaClient } from "../prisma-client";
import { requireCoordinator, type CoreActor } from "./access";
import { filterAndSort } from "./overview-row";
import { institutionDigests } from "./summary-cache";

export async function listOverview(opts: { db: PrismaClient; actor: CoreActor; today: string; filters: TOverviewFilter }) {
  const { db, actor, today, filters } = opts;
  await requireCoordinator(db, actor, "checklist.overview");
  const q = filters.q?.trim();
  const digests = await institutionDigests(db, q, today);
  // Unsearched, the digests are every institution: no second query on the hot path.
  const total = q ? await db.institution.count() : digests.length;
  return { rows: filterAndSort(digests.map((d) => d.overview), filters), total };
}
