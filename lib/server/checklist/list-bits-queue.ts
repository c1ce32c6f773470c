// What waits for Bits across institutions: Bits' own steps whose prerequisites are closed,
// steps awaiting review, and B-4 until Bits initiates the signing. Oldest waiting first.
import type { TBitsQueueReason, TDerivedStatus, TLocalized } from "../../onboarding";
import type { PrismaClient } from "../prisma-client";
import { requireCoordinator, type CoreActor } from "./access";
import { CHECKLIST_INSTITUTION_SELECT, toSource } from "./load-states";
import { summarize } from "./summarize";

export interface TBitsQueueRow {
  institution: { id: string; name: string; orgnr: string };
  key: string;
  title: TLocalized;
  reason: TBitsQueueReason;
  status: TDerivedStatus;
  dueDate: string | null;
  overdue: boolean;
  /** When the step (or, for a step never touched, its latest prerequisite) last changed. */
  since: string;
}

export async function listBitsQueue(opts: { db: PrismaClient; actor: CoreActor; today: string }): Promise<TBitsQueueRow[]> {
  const { db, actor, today } = opts;
  await requireCoordinator(db, actor, "checklist.bits-queue");
  const institutions = await db.institution.findMany({ select: CHECKLIST_INSTITUTION_SELECT, orderBy: { name: "asc" } });
  const rows: TBitsQueueRow[] = [];
  for (const i of institutions) {
    const source = toSource(i);
    const summary = summarize(source, today);
    const changedAt = new Map(source.rows.map((r) => [r.stepKey, r.updatedAt.toISOString()]));
    for (const item of summary.bitsQueue) {
      const d = item.derived;
      const since = [item.key, ...d.step.prerequisites].map((k) => changedAt.get(k)).filter((x): x is string => !!x).sort().at(-1);
      rows.push({
        institution: { id: i.id, name: i.name, orgnr: i.orgnr },
        key: item.key,
        title: d.step.title,
        reason: item.reason,
        status: d.status,
        dueDate: d.dueDate ?? null,
        overdue: d.overdue,
        since: since ?? i.createdAt.toISOString(),
      });
    }
  }
  return rows.sort((a, b) => a.since.localeCompare(b.since));
}
