// Changes one step of one institution: status, evidence, due date, reason, with an optional
// comment. Every rule is enforced here (step-change.ts); concurrent edits are caught with the
// row's version (optimistic concurrency), and the write and its audit event share a transaction.
import { AppError } from "../../errors/app-error";
import { deriveSteps, findStep, type TStepStatus } from "../../onboarding";
import type { Prisma } from "../../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../prisma-client";
import { isUniqueViolation, requireAccess, type CoreActor } from "./access";
import { dayToDate, isoDay, loadChecklistSource, osloToday, stepSubject, type TStepRow } from "./load-states";
import { decideStepChange, ruleError, type TStepPatch, type TStepSnapshot } from "./step-change";

export interface TUpdateStepOptions extends TStepPatch {
  db: PrismaClient;
  actor: CoreActor;
  institutionId: string;
  stepKey: string;
  /** The version the user's form was based on (0 for a step never written). */
  expectedVersion: number;
  today?: string;
  /** Another write that must commit with this change (a verified certificate, issue 16). */
  alsoInTransaction?: (tx: Prisma.TransactionClient) => Promise<void>;
}

export interface TConflictDetails {
  updatedBy: string | null;
  updatedAt: string | null;
  version: number;
}

type Db = Pick<PrismaClient, "institutionStep">;

/** CONFLICT naming who changed the step last and when, read after the losing write. */
export async function conflictError(db: Db, institutionId: string, stepKey: string): Promise<AppError> {
  const row = await db.institutionStep.findUnique({
    where: { institutionId_stepKey: { institutionId, stepKey } },
    select: { version: true, updatedAt: true, updatedBy: { select: { name: true } } },
  });
  const details: TConflictDetails = { updatedBy: row?.updatedBy?.name ?? null, updatedAt: row?.updatedAt.toISOString() ?? null, version: row?.version ?? 0 };
  return new AppError("CONFLICT", "CONFLICT", { ...details });
}

const snapshot = (row: TStepRow | null): TStepSnapshot => ({
  status: row?.status ?? "NOT_STARTED",
  evidence: row?.evidence ?? {},
  dueDate: isoDay(row?.dueDate) ?? null,
  reason: row?.reason ?? null,
});

export async function updateStep(opts: TUpdateStepOptions): Promise<{ version: number; status: TStepStatus }> {
  const { db, actor, institutionId, stepKey, expectedVersion } = opts;
  await requireAccess({ db, actor, action: "step.update", institutionId });
  const source = await loadChecklistSource(db, institutionId);
  if (!source) throw new AppError("NOT_FOUND");
  const row = source.rows.find((r) => r.stepKey === stepKey) ?? null;
  const step = findStep(stepKey, source.catalogue);
  // A recorded step the institution's catalogue version no longer has is kept read-only.
  if (!step) throw row ? ruleError("STEP_RETIRED") : new AppError("NOT_FOUND");
  if ((row?.version ?? 0) !== expectedVersion) throw await conflictError(db, institutionId, stepKey);

  const today = opts.today ?? osloToday();
  const derived = deriveSteps({ profile: source.profile, states: source.states, today, catalogue: source.catalogue }).find((d) => d.step.key === stepKey)!;
  const before = snapshot(row);
  const decision = decideStepChange({ actor, institutionId, derived, profile: source.profile, current: before, patch: opts });
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
          if (count === 0) throw await conflictError(tx, institutionId, stepKey);
        } else {
          await tx.institutionStep.create({ data: { institutionId, stepKey, ...data, version: 1 } });
        }
        version = expectedVersion + 1;
      }
      if (decision.comment) {
        await tx.stepComment.create({ data: { institutionId, stepKey, authorId: actor.id, ...decision.comment } });
      }
      await recordAudit(tx, {
        actor: actor.email,
        action: decision.changed ? "step.update" : "step.comment",
        subject,
        institutionId,
        before: decision.changed ? { ...before, version: expectedVersion } : undefined,
        after: { ...(decision.changed ? { ...next, version, override: decision.override || undefined } : {}), comment: decision.comment ?? undefined },
      });
      await opts.alsoInTransaction?.(tx);
      return { version, status: next.status };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw await conflictError(db, institutionId, stepKey);
    throw error;
  }
}
