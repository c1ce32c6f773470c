// The coordinators' overview: every institution with phase, progress per phase, next step,
// who it waits on, days since last activity, overdue steps, certificate warning, target date.
import type { TOverviewFilter } from "../../validation/checklist";
import type { PrismaClient } from "../prisma-client";
import { requireCoordinator, type CoreActor } from "./access";
import { CHECKLIST_INSTITUTION_SELECT, toSource } from "./load-states";
import { filterAndSort, overviewRow, type TOverviewRow } from "./overview-row";

export async function listOverview(opts: { db: PrismaClient; actor: CoreActor; today: string; filters: TOverviewFilter }) {
  const { db, actor, today, filters } = opts;
  await requireCoordinator(db, actor, "checklist.overview");
  const q = filters.q?.trim();
  const digits = q?.replace(/\s+/g, "");
  const where = q
    ? { OR: [{ name: { contains: q, mode: "insensitive" as const } }, ...(digits && /^\d+$/.test(digits) ? [{ orgnr: { startsWith: digits } }] : [])] }
    : {};
  const [institutions, lastComments, total] = await Promise.all([
    db.institution.findMany({ where, select: CHECKLIST_INSTITUTION_SELECT, orderBy: { name: "asc" } }),
    db.stepComment.groupBy({ by: ["institutionId"], _max: { createdAt: true } }),
    db.institution.count(),
  ]);
  const commentAt = new Map(lastComments.map((c) => [c.institutionId, c._max.createdAt]));
  const rows: TOverviewRow[] = institutions.map((i) => overviewRow(toSource(i), today, commentAt.get(i.id) ?? null));
  return { rows: filterAndSort(rows, filters), total };
}
