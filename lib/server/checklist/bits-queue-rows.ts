// Pure: one institution's lines in the Bits queue, from its checklist source and summary.
import type { TBitsQueueReason, TDisplayState, TLocalized } from "../../onboarding";
import type { TChecklistSource } from "./load-states";
import type { TChecklistSummary } from "./summarize";

export interface TBitsQueueRow {
  institution: { id: string; name: string; orgnr: string };
  /** Ownership (issue 15): the responsible coordinator's and the main contact's user ids. */
  ownership?: { coordinatorId: string | null; contactId: string | null };
  key: string;
  title: TLocalized;
  reason: TBitsQueueReason;
  status: TDisplayState;
  /** A step sent for review: who sent it, and when (its open round). */
  sent: { at: string; byName: string | null } | null;
  dueDate: string | null;
  overdue: boolean;
  /** When the step (or, for a step never touched, its latest prerequisite) last changed. */
  since: string;
}

export function bitsQueueRowsOf(source: TChecklistSource, summary: TChecklistSummary): TBitsQueueRow[] {
  const i = source.institution;
  const changedAt = new Map(source.rows.map((r) => [r.stepKey, r.updatedAt.toISOString()]));
  return summary.bitsQueue.map((item) => {
    const d = item.derived;
    const since = [item.key, ...d.step.prerequisites].map((k) => changedAt.get(k)).filter((x): x is string => !!x).sort().at(-1);
    return {
      institution: { id: i.id, name: i.name, orgnr: i.orgnr },
      ownership: { coordinatorId: i.responsibleCoordinatorId ?? null, contactId: i.mainContactUserId ?? null },
      key: item.key,
      title: d.step.title,
      reason: item.reason,
      status: d.display,
      sent: d.display === "AWAITING_REVIEW" && source.rounds?.[item.key]?.decision === null
        ? { at: source.rounds[item.key].sentAt, byName: source.rounds[item.key].sentByName }
        : null,
      dueDate: d.dueDate ?? null,
      overdue: d.overdue,
      since: since ?? i.createdAt.toISOString(),
    };
  });
}
