// Adds a comment to a step's thread. Anyone who may read the institution may comment; the
// comment and its audit event share a transaction. A form's idempotency key (one per rendered
// form) makes a double submit store the comment once: the repeat is a no-op that succeeds.
import { AppError } from "../../errors/app-error";
import { findStep, getCatalogue } from "../../onboarding";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../prisma-client";
import { requireAccess, type CoreActor } from "./access";
import { stepSubject } from "./load-states";
import { ruleError } from "./step-change";
import { notifyComment } from "../notifications/events";

export const COMMENT_MAX_LENGTH = 4000;

export async function addStepComment(opts: { db: PrismaClient; actor: CoreActor; institutionId: string; stepKey: string; body: string; idempotencyKey?: string }) {
  const { db, actor, institutionId, stepKey } = opts;
  await requireAccess({ db, actor, action: "institution.read", institutionId });
  const institution = await db.institution.findUnique({
    where: { id: institutionId },
    select: { catalogueVersion: true, steps: { where: { stepKey }, select: { stepKey: true } } },
  });
  if (!institution) throw new AppError("NOT_FOUND");
  if (!findStep(stepKey, getCatalogue(institution.catalogueVersion))) {
    // A retired step is a closed record: no new conversation on it (see get-step-detail).
    throw institution.steps.length > 0 ? ruleError("STEP_RETIRED") : new AppError("NOT_FOUND");
  }
  const body = opts.body.trim();
  if (!body || body.length > COMMENT_MAX_LENGTH) {
    throw new AppError("INVALID", "COMMENT_INVALID", { fieldErrors: { body: [body ? "errors.tooLong" : "errors.required"] } });
  }
  return db.$transaction(async (tx) => {
    const idempotencyKey = opts.idempotencyKey ?? null;
    // ON CONFLICT DO NOTHING: a repeat (even one arriving at the same moment) inserts nothing
    const { count } = await tx.stepComment.createMany({
      data: [{ institutionId, stepKey, authorId: actor.id, body, kind: "COMMENT", idempotencyKey }],
      skipDuplicates: true,
    });
    if (count === 0) return { stored: false };
    await recordAudit(tx, { actor: actor.email, action: "step.comment", subject: stepSubject(institutionId, stepKey), institutionId, after: { body } });
    await notifyComment(tx, { institutionId, stepKey, actor, body });
    return { stored: true };
  });
}
