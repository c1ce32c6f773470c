// Changes one step of one institution: status, evidence, due date, reason, with an optional
// comment. Every rule is enforced here (step-change.ts); concurrent edits are caught with the
// row's version (optimistic concurrency), and the write and its audit event share a transaction.
import { AppError } from "../../errors/app-error";
import { deriveSteps, evidenceSchema, findStep, type TStepStatus } from "../../onboarding";
import { mergeStep, type TStepValues } from "../../onboarding/merge-step";
import type { TStepConflict } from "../../validation/checklist";
import type { Prisma } from "../../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import { integrationTestGateFor } from "../integration-test/gate";
import type { PrismaClient } from "../prisma-client";
import { isUniqueViolation, requireAccess, type CoreActor } from "./access";
import { dayToDate, isoDay, loadChecklistSource, osloToday, stepSubject, type TStepRow } from "./load-states";
import { decideStepChange, ruleError, type TStepPatch, type TStepSnapshot } from "./step-change";
import { notifyComment } from "../notifications/events";

export interface TUpdateStepOptions extends TStepPatch {
  db: PrismaClient;
  actor: CoreActor;
  institutionId: string;
  stepKey: string;
  /** The version the user's form was based on (0 for a step never written). */
  expectedVersion: number;
  /** The values the user's form was loaded with (at expectedVersion): on a conflict the
   * server merges them with the latest and the submitted values and proposes the result. */
  base?: TStepValues;
  /** One per rendered form: a comment already stored under this key (by this author) is not
   * stored again, and the repeated submit answers as the first did. */
  idempotencyKey?: string;
  today?: string;
  /** Another write that must commit with this change (a verified certificate, issue 16). */
  alsoInTransaction?: (tx: Prisma.TransactionClient) => Promise<void>;
}

/** What a refused stale save answers: who saved last and when, the latest values, and (given
 * the form's base) the merge of the user's changes into them. */
export type TConflictDetails = TStepConflict;

type Db = Pick<PrismaClient, "institutionStep">;

/** The submitted values as the merge compares them: unsent fields are the base's; evidence
 * parsed as the server would store it (raw, if it does not parse: the save then says why). */
function submittedValues(stepKey: string, base: TStepValues, patch: TStepPatch): TStepValues {
  let evidence = base.evidence;
  if (patch.evidence !== undefined) {
    const parsed = evidenceSchema(stepKey).safeParse(patch.evidence ?? {});
    evidence = (parsed.success ? JSON.parse(JSON.stringify(parsed.data ?? {})) : patch.evidence) as Record<string, unknown>;
  }
  return {
    status: patch.status ?? base.status,
    dueDate: patch.dueDate === undefined ? base.dueDate : patch.dueDate,
    reason: patch.reason === undefined ? base.reason : patch.reason,
    evidence,
  };
}

/** CONFLICT naming who changed the step last and when, read after the losing write, with the
 * latest values and (given the form's base) the merged proposal. Nothing is written. */
export async function conflictError(db: Db, institutionId: string, stepKey: string, mine?: { base?: TStepValues; patch: TStepPatch }): Promise<AppError> {
  const row = await db.institutionStep.findUnique({
    where: { institutionId_stepKey: { institutionId, stepKey } },
    select: { version: true, updatedAt: true, status: true, evidence: true, dueDate: true, reason: true, updatedBy: { select: { name: true } } },
  });
  const latest: TStepValues = {
    status: row?.status ?? "NOT_STARTED",
    dueDate: isoDay(row?.dueDate) ?? null,
    reason: row?.reason ?? null,
    evidence: ((row?.evidence ?? {}) as Record<string, unknown>) ?? {},
  };
  const details: TConflictDetails = { updatedBy: row?.updatedBy?.name ?? null, updatedAt: row?.updatedAt.toISOString() ?? null, version: row?.version ?? 0, latest };
  if (mine?.base) {
    const { merged, conflicts } = mergeStep(mine.base, latest, submittedValues(stepKey, mine.base, mine.patch));
    details.merged = merged;
    details.conflicts = conflicts;
  }
  return new AppError("CONFLICT", "CONFLICT", { ...details });
}

const snapshot = (row: TStepRow | null): TStepSnapshot => ({
  status: row?.status ?? "NOT_STARTED",
  evidence: row?.evidence ?? {},
  dueDate: isoDay(row?.dueDate) ?? null,
  reason: row?.reason ?? null,
});

const asValues = (s: TStepSnapshot): TStepValues => ({ ...s, evidence: (s.evidence ?? {}) as Record<string, unknown> });

export async function updateStep(opts: TUpdateStepOptions): Promise<{ version: number; status: TStepStatus; values: TStepValues; replayed?: boolean }> {
  const { db, actor, institutionId, stepKey, expectedVersion } = opts;
  await requireAccess({ db, actor, action: "step.update", institutionId });
  const source = await loadChecklistSource(db, institutionId);
  if (!source) throw new AppError("NOT_FOUND");
  const row = source.rows.find((r) => r.stepKey === stepKey) ?? null;
  const step = findStep(stepKey, source.catalogue);
  // A recorded step the institution's catalogue version no longer has is kept read-only.
  if (!step) throw row ? ruleError("STEP_RETIRED") : new AppError("NOT_FOUND");
  // a repeated submit of a form whose comment is stored already: done, once
  if (opts.idempotencyKey) {
    const done = await db.stepComment.findFirst({ where: { institutionId, stepKey, authorId: actor.id, idempotencyKey: opts.idempotencyKey }, select: { id: true } });
    if (done) return { version: row?.version ?? 0, status: row?.status ?? "NOT_STARTED", values: asValues(snapshot(row)), replayed: true };
  }
  const mine = { base: opts.base, patch: opts };
  // a save never writes a field whose latest value the user has not seen
  if ((row?.version ?? 0) !== expectedVersion) throw await conflictError(db, institutionId, stepKey, mine);

  const today = opts.today ?? osloToday();
  const derived = deriveSteps({ profile: source.profile, states: source.states, today, catalogue: source.catalogue }).find((d) => d.step.key === stepKey)!;
  const before = snapshot(row);
  const integrationTestPassed = opts.status && opts.status !== before.status ? await integrationTestGateFor(db, institutionId, stepKey, source.rows) : undefined;
  const decision = decideStepChange({ actor, institutionId, derived, profile: source.profile, delegations: source.delegations, current: before, patch: opts, integrationTestPassed });
  if (!decision.changed && !decision.comment) throw new AppError("INVALID", "NO_CHANGE", { rule: "NO_CHANGE" });

  const subject = stepSubject(institutionId, stepKey);
  const next = decision.next;
  const data = {
    status: next.status,
    reason: next.reason,
    evidence: next.evidence as Prisma.InputJsonValue,
    dueDate: next.dueDate ? dayToDate(next.dueDate) : null,
    updatedById: actor.id,
  };
  try {
    return await db.$transaction(async (tx) => {
      let version = expectedVersion;
      if (decision.changed) {
        if (row) {
          const { count } = await tx.institutionStep.updateMany({
            where: { institutionId, stepKey, version: expectedVersion },
            data: { ...data, version: { increment: 1 } },
          });
          if (count === 0) throw await conflictError(tx, institutionId, stepKey, mine);
        } else {
          await tx.institutionStep.create({ data: { institutionId, stepKey, ...data, version: 1 } });
        }
        version = expectedVersion + 1;
      }
      if (decision.comment) {
        const { count } = await tx.stepComment.createMany({
          data: [{ institutionId, stepKey, authorId: actor.id, ...decision.comment, idempotencyKey: opts.idempotencyKey ?? null }],
          skipDuplicates: true,
        });
        // the same submit arrived twice at once and the other one stored it: nothing to add
        if (count === 0 && !decision.changed) return { version, status: next.status, values: asValues(next), replayed: true };
      }
      await recordAudit(tx, {
        actor: actor.email,
        action: decision.changed ? "step.update" : "step.comment",
        subject,
        institutionId,
        before: decision.changed ? { ...before, version: expectedVersion } : undefined,
        after: { ...(decision.changed ? { ...next, version, override: decision.override || undefined } : {}), comment: decision.comment ?? undefined },
      });
      if (decision.comment?.kind === "COMMENT" && decision.comment.body) {
        await notifyComment(tx, { institutionId, stepKey, actor, body: decision.comment.body });
      }
      await opts.alsoInTransaction?.(tx);
      return { version, status: next.status, values: asValues(next) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw await conflictError(db, institutionId, stepKey, mine);
    throw error;
  }
}
