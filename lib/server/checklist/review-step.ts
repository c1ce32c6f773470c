// Bits' review of a step (B-2, C-4, C-7) as rounds: the institution sends the step with its
// evidence ("Send til Bits"), a coordinator approves it or returns it with a reason. Each round
// is a StepReviewRound row (who sent, when, the evidence sent and the step version it applies
// to; who decided, when, the decision and the reason). Every rule is canChangeStep's (the
// transitions table, via "send" | "approve" | "return"); the step, the round and the audit
// event commit in one transaction, guarded by the step's version.
import { AppError } from "../../errors/app-error";
import { canChangeStep, deriveSteps, findStep, missingEvidenceFor, type TStepStatus, type TTransitionVia } from "../../onboarding";
import type { Prisma } from "../../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import { integrationTestGateFor } from "../integration-test/gate";
import type { PrismaClient } from "../prisma-client";
import { isUniqueViolation, requireAccess, type CoreActor } from "./access";
import { loadChecklistSource, osloToday, stepSubject } from "./load-states";
import { ruleError } from "./step-change";
import { conflictError } from "./update-step";
import { notifyReviewDecided, notifyReviewSent } from "../notifications/events";

interface TReviewOptions {
  db: PrismaClient;
  actor: CoreActor;
  institutionId: string;
  stepKey: string;
  /** The step version the user saw (0 for a step never written). */
  expectedVersion: number;
  today?: string;
}

export type TReviewDecision = "APPROVED" | "RETURNED";

const VIA: Record<TReviewDecision, TTransitionVia> = { APPROVED: "approve", RETURNED: "return" };

/** Loads the step and checks the change against the rules; throws the rule's error. */
async function prepare(opts: TReviewOptions, via: TTransitionVia, reason?: string) {
  const { db, actor, institutionId, stepKey, expectedVersion } = opts;
  await requireAccess({ db, actor, action: via === "send" ? "step.update" : "step.review", institutionId });
  const source = await loadChecklistSource(db, institutionId);
  if (!source) throw new AppError("NOT_FOUND");
  const row = source.rows.find((r) => r.stepKey === stepKey) ?? null;
  const step = findStep(stepKey, source.catalogue);
  if (!step) throw row ? ruleError("STEP_RETIRED") : new AppError("NOT_FOUND");
  if ((row?.version ?? 0) !== expectedVersion) throw await conflictError(db, institutionId, stepKey);
  const derived = deriveSteps({ profile: source.profile, states: source.states, today: opts.today ?? osloToday(), catalogue: source.catalogue }).find((d) => d.step.key === stepKey)!;
  if (!derived.applicable) throw new AppError("INVALID", "STEP_NOT_APPLICABLE", { rule: "STEP_NOT_APPLICABLE" });
  const from = row?.status ?? "NOT_STARTED";
  if (via === "send" && from === "AWAITING_REVIEW") throw ruleError("ALREADY_IN_REVIEW");
  if (via !== "send" && from !== "AWAITING_REVIEW") throw ruleError("NOT_IN_REVIEW");
  const to: TStepStatus = via === "send" ? "AWAITING_REVIEW" : via === "approve" ? "DONE" : "IN_PROGRESS";
  const evidence = (row?.evidence ?? {}) as Record<string, unknown>;
  const missing = missingEvidenceFor(stepKey, to, evidence, { profile: source.profile, delegations: source.delegations ?? [] });
  const result = canChangeStep(actor, step, from, to, {
    institutionId,
    prerequisitesClosed: derived.prerequisitesClosed,
    evidenceComplete: missing.length === 0,
    reason,
    via,
    returned: derived.display === "RETURNED",
    integrationTestPassed: await integrationTestGateFor(db, institutionId, stepKey, source.rows),
  });
  if (!result.ok) throw ruleError(result.code, result.code === "EVIDENCE_INCOMPLETE" ? { missing } : {});
  return { row, from, to, evidence };
}

/** The institution sends a step to Bits: status AWAITING_REVIEW and a new open round. */
export async function sendStepForReview(opts: TReviewOptions): Promise<{ version: number; roundId: string }> {
  const { db, actor, institutionId, stepKey, expectedVersion } = opts;
  const { row, from, to, evidence } = await prepare(opts, "send");
  const version = expectedVersion + 1;
  try {
    return await db.$transaction(async (tx) => {
      if (row) {
        const { count } = await tx.institutionStep.updateMany({
          where: { institutionId, stepKey, version: expectedVersion },
          data: { status: to, reason: null, updatedById: actor.id, version: { increment: 1 } },
        });
        if (count === 0) throw await conflictError(tx, institutionId, stepKey);
      } else {
        await tx.institutionStep.create({ data: { institutionId, stepKey, status: to, evidence: {}, updatedById: actor.id, version } });
      }
      const round = await tx.stepReviewRound.create({
        data: { institutionId, stepKey, stepVersion: version, evidence: evidence as Prisma.InputJsonValue, sentById: actor.id },
      });
      await auditReviewMove(tx, opts, from, { status: to, version, review: { action: "send", round: round.id } });
      await notifyReviewSent(tx, { institutionId, stepKey, actor });
      return { version, roundId: round.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw await conflictError(db, institutionId, stepKey);
    throw error;
  }
}

/** A review move is audited as a step update (the feed and audit sentences read it as one),
 * with the review's own action in `after.review`. */
function auditReviewMove(tx: Parameters<typeof recordAudit>[0], opts: TReviewOptions, from: string, after: Record<string, unknown>) {
  return recordAudit(tx, {
    actor: opts.actor.email,
    action: "step.update",
    subject: stepSubject(opts.institutionId, opts.stepKey),
    institutionId: opts.institutionId,
    before: { status: from, version: opts.expectedVersion },
    after,
  });
}

/** A coordinator approves (DONE) or returns (IN_PROGRESS, a reason required) the open round. */
export async function decideStepReview(opts: TReviewOptions & { decision: TReviewDecision; reason?: string | null }): Promise<{ version: number }> {
  const { db, actor, institutionId, stepKey, expectedVersion, decision } = opts;
  const reason = opts.reason?.trim() || undefined;
  const { row, from, to, evidence } = await prepare(opts, VIA[decision], reason);
  const version = expectedVersion + 1;
  return db.$transaction(async (tx) => {
    const { count } = await tx.institutionStep.updateMany({
      where: { institutionId, stepKey, version: expectedVersion, status: "AWAITING_REVIEW" },
      data: { status: to, updatedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw await conflictError(tx, institutionId, stepKey);
    const outcome = { decision, decidedById: actor.id, decidedAt: new Date(), reason: decision === "RETURNED" ? reason : null };
    const decided = await tx.stepReviewRound.updateMany({ where: { institutionId, stepKey, decision: null }, data: outcome });
    // A step set AWAITING_REVIEW before rounds existed has no open round: the round is recorded
    // now, as sent by whoever set the status, when, with the evidence as it stands.
    if (decided.count === 0 && row) {
      await tx.stepReviewRound.create({
        data: { institutionId, stepKey, stepVersion: expectedVersion, evidence: evidence as Prisma.InputJsonValue, sentById: row.updatedById ?? actor.id, sentAt: row.updatedAt, ...outcome },
      });
    }
    const comment = decision === "RETURNED" ? { kind: "REVIEW_RETURNED" as const, body: reason! } : null;
    if (comment) await tx.stepComment.create({ data: { institutionId, stepKey, authorId: actor.id, ...comment } });
    await auditReviewMove(tx, opts, from, {
      status: to,
      version,
      review: { action: VIA[decision] },
      comment: comment ?? { kind: "REVIEW_APPROVED", body: null },
    });
    await notifyReviewDecided(tx, { institutionId, stepKey, actor, decision, reason });
    return { version };
  });
}

/** A step's review rounds, oldest first, for its page. No access check: callers check first. */
export async function listReviewRounds(db: PrismaClient, institutionId: string, stepKey: string) {
  const rounds = await db.stepReviewRound.findMany({
    where: { institutionId, stepKey },
    orderBy: [{ sentAt: "asc" }, { id: "asc" }],
    select: {
      id: true, stepVersion: true, evidence: true, sentAt: true, decision: true, decidedAt: true, reason: true,
      sentBy: { select: { name: true } }, decidedBy: { select: { name: true } },
    },
  });
  return rounds.map((r) => ({
    id: r.id,
    stepVersion: r.stepVersion,
    evidence: (r.evidence ?? {}) as Record<string, unknown>,
    sentAt: r.sentAt.toISOString(),
    sentByName: r.sentBy.name,
    decision: r.decision,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decidedByName: r.decidedBy?.name ?? null,
    reason: r.reason,
  }));
}

export type TReviewRound = Awaited<ReturnType<typeof listReviewRounds>>[number];
