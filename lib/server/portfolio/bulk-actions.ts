// Bulk actions on institutions selected in the overview (issue 15): set a step's due date, assign
// the responsible coordinator, send a reminder. Each is ONE transaction with an audit event per
// institution it changes; an institution the actor may not change (or that does not exist) fails
// the whole action before anything is written.
import { AppError } from "../../errors/app-error";
import { findStep, getCatalogue, type TStepStatus } from "../../onboarding";
import type { TBulkAction } from "../../validation/overview-tools";
import { recordAudit } from "../audit/record-audit";
import { requireAccess, type CoreActor } from "../access/require-access";
import { requireCoordinator } from "../checklist/access";
import { dayToDate, isoDay, stepSubject } from "../checklist/load-states";
import type { PrismaClient } from "../prisma-client";
import { assignableCoordinator } from "./ownership";
import { sendReminder, type TReminder } from "./send-reminder";

export interface TBulkResult {
  /** Institutions selected. */
  selected: number;
  /** Institutions changed (an audit event each); the rest already were as asked. */
  changed: number;
  /** Reminders only: the people notified, and the e-mails queued to go out now. */
  reminded?: { people: number; emails: number };
}

/** The whole selection refused: the institutions out of the actor's scope (or gone). */
export const outOfScope = (count: number) => new AppError("NOT_FOUND", "out-of-scope", { count });

// Far more than a portfolio's statements take; PGlite runs them one by one.
const TX_OPTIONS = { timeout: 120_000, maxWait: 20_000 } as const;

export async function runBulkAction(opts: { db: PrismaClient; actor: CoreActor; action: TBulkAction }): Promise<TBulkResult> {
  const { db, actor, action } = opts;
  // the overview's tools are Bits' (an institution user forging the action stops here)
  await requireCoordinator(db, actor, "institution.update");
  const permission = action.op === "dueDate" ? "step.update" : "institution.update";
  // THE access check, per institution; any refusal refuses the whole selection
  let refused = 0;
  for (const institutionId of action.ids) {
    try {
      await requireAccess({ db, actor, action: permission, institutionId });
    } catch (error) {
      if (!(error instanceof AppError && error.code === "NOT_FOUND")) throw error;
      refused++;
    }
  }
  if (refused > 0) throw outOfScope(refused);

  const reminders: TReminder[] = [];
  const result = await db.$transaction(async (tx) => {
    // lock the selection: what is checked here is what is written
    const found = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Institution" WHERE id = ANY(${action.ids}::text[]) FOR NO KEY UPDATE`;
    if (found.length !== action.ids.length) throw outOfScope(action.ids.length - found.length);
    const institutions = await tx.institution.findMany({
      where: { id: { in: action.ids } },
      select: { id: true, name: true, catalogueVersion: true, responsibleCoordinatorId: true, responsibleCoordinator: { select: { email: true } } },
      orderBy: { name: "asc" },
    });
    let changed = 0;
    if (action.op === "dueDate") {
      const missing = institutions.filter((i) => !findStep(action.stepKey, getCatalogue(i.catalogueVersion)));
      if (missing.length > 0) throw new AppError("INVALID", "step-not-in-checklist", { fieldErrors: { stepKey: ["errors.stepNotInChecklist"] }, count: missing.length });
      const due = dayToDate(action.dueDate);
      // the selection's rows of the step in one read, not one per institution
      const rows = new Map((await tx.institutionStep.findMany({ where: { institutionId: { in: action.ids }, stepKey: action.stepKey } })).map((r) => [r.institutionId, r]));
      for (const i of institutions) {
        const row = rows.get(i.id);
        if (isoDay(row?.dueDate) === action.dueDate) continue;
        const snapshot = { status: (row?.status ?? "NOT_STARTED") as TStepStatus, dueDate: isoDay(row?.dueDate) ?? null, reason: row?.reason ?? null };
        const version = (row?.version ?? 0) + 1;
        if (row) await tx.institutionStep.update({ where: { id: row.id }, data: { dueDate: due, version, updatedById: actor.id } });
        else await tx.institutionStep.create({ data: { institutionId: i.id, stepKey: action.stepKey, dueDate: due, version, updatedById: actor.id } });
        await recordAudit(tx, {
          actor: actor.email,
          action: "step.update",
          subject: stepSubject(i.id, action.stepKey),
          institutionId: i.id,
          before: { ...snapshot, version: row?.version ?? 0 },
          after: { ...snapshot, dueDate: action.dueDate, version, bulk: true },
        });
        changed++;
      }
    } else if (action.op === "assign") {
      const to = action.coordinatorId ? await assignableCoordinator(tx, action.coordinatorId, "responsibleCoordinatorId") : null;
      for (const i of institutions) {
        if (i.responsibleCoordinatorId === (to?.id ?? null)) continue;
        await tx.institution.update({ where: { id: i.id }, data: { responsibleCoordinatorId: to?.id ?? null } });
        await recordAudit(tx, {
          actor: actor.email,
          action: "institution.ownership",
          subject: `institution:${i.id}`,
          institutionId: i.id,
          before: { responsibleCoordinator: i.responsibleCoordinator?.email ?? null },
          after: { responsibleCoordinator: to?.email ?? null, bulk: true },
        });
        changed++;
      }
    } else {
      // signed with the actor's name, read once for the whole selection
      const sender = await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } });
      const senderName = sender?.name || actor.email;
      for (const i of institutions) {
        const r = await sendReminder({ tx, actor, institutionId: i.id, senderName, message: action.message });
        if (!r) throw new AppError("INVALID", "no-recipients", { names: [i.name] });
        reminders.push(r);
        changed++;
      }
    }
    return { selected: action.ids.length, changed };
  }, TX_OPTIONS);
  if (action.op !== "remind") return result;
  // the notifications committed with the action; the outbox's dispatcher sends the e-mails
  return { ...result, reminded: { people: reminders.reduce((n, r) => n + r.recipients.length, 0), emails: reminders.reduce((n, r) => n + r.emails, 0) } };
}
