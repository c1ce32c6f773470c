// One step of one institution as the step view shows it: definition, derived and recorded
// state, prerequisites, evidence completeness, allowed status changes, comments and history.
import { AppError } from "../../errors/app-error";
import { actorKind, allowedTransitions, canEditStep, CERTIFICATES_STEP_KEY, noChangeReason, evidenceCompleteness, stepVariantNotes } from "../../onboarding";
import { integrationTestGateFor } from "../integration-test/gate";
import type { PrismaClient } from "../prisma-client";
import { actorNames } from "../people/actor-names";
import { requireAccess, type CoreActor } from "./access";
import { loadChecklistSource, stepSubject } from "./load-states";
import { listReviewRounds } from "./review-step";
import { institutionView, summarize } from "./summarize";

export async function getStepDetail(opts: { db: PrismaClient; actor: CoreActor; institutionId: string; stepKey: string; today: string }) {
  const { db, actor, institutionId, stepKey } = opts;
  await requireAccess({ db, actor, action: "institution.read", institutionId });
  const source = await loadChecklistSource(db, institutionId);
  const summary = source && summarize(source, opts.today);
  const step = summary?.steps.find((s) => s.step.key === stepKey);
  if (!source || !summary || !step) throw new AppError("NOT_FOUND");
  const row = source.rows.find((r) => r.stepKey === stepKey);
  const recordedStatus = row?.status ?? "NOT_STARTED";
  const evidence = (row?.evidence ?? {}) as Record<string, unknown>;
  const [comments, history, rounds] = await Promise.all([
    db.stepComment.findMany({
      where: { institutionId, stepKey },
      orderBy: { createdAt: "asc" },
      select: { id: true, body: true, kind: true, createdAt: true, author: { select: { name: true } } },
    }),
    db.auditEvent.findMany({
      where: { institutionId, subject: stepSubject(institutionId, stepKey) },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 100,
      select: { id: true, at: true, actor: true, action: true, subject: true, before: true, after: true },
    }),
    listReviewRounds(db, institutionId, stepKey),
  ]);
  const integrationTestPassed = await integrationTestGateFor(db, institutionId, stepKey, source.rows);
  const transitions = step.retired ? [] : allowedTransitions(actor, step, recordedStatus, institutionId, integrationTestPassed);
  const byKey = new Map(summary.steps.map((s) => [s.step.key, s]));
  const names = await actorNames(db, history.map((h) => h.actor));
  return {
    institution: institutionView(source),
    profile: source.profile,
    step,
    recorded: {
      status: recordedStatus,
      evidence,
      dueDate: step.dueDate ?? null,
      reason: row?.reason ?? null,
      version: row?.version ?? 0,
      updatedAt: row?.updatedAt.toISOString() ?? null,
      updatedByName: row?.updatedBy?.name ?? null,
    },
    prerequisites: step.step.prerequisites.map((key) => ({ key, title: byKey.get(key)?.step.title, status: byKey.get(key)?.display ?? "NOT_STARTED" })),
    completeness: evidenceCompleteness(stepKey, evidence, { profile: source.profile, delegations: source.delegations ?? [] }),
    /** B-7's delegation matrix (lib/onboarding/delegation.ts): the confirmed cells. */
    delegations: source.delegations ?? [],
    /** Certificates expiring within the warning window: shown where they are recorded. */
    certificates: stepKey === CERTIFICATES_STEP_KEY ? summary.certificates : [],
    /** Retired from the institution's catalogue version: read-only, comments included. */
    retired: step.retired,
    transitions,
    /** for C-7: whether C-4 is approved with a passed integration test report (undefined elsewhere) */
    integrationTestPassed,
    /** Why the status list offers nothing (shown instead of it). */
    noChange: transitions.some((tr) => tr.via === "status") ? null : noChangeReason(actorKind(actor), step.step, step.display),
    /** Bits' review rounds, oldest first; the last one is open while the step is in review. */
    rounds,
    canEdit: !step.retired && step.applicable && canEditStep(actor, step.step, recordedStatus, institutionId),
    variantNotes: stepVariantNotes(stepKey, source.profile),
    comments: comments.map((c) => ({ id: c.id, body: c.body, kind: c.kind, createdAt: c.createdAt.toISOString(), authorName: c.author.name })),
    history: history.map((h) => ({ ...h, at: h.at.toISOString() })),
    /** Names of the people in the history, by e-mail address (personFromActor). */
    names,
  };
}

export type TStepDetail = Awaited<ReturnType<typeof getStepDetail>>;
