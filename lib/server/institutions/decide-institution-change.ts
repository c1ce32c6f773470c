// A coordinator approves a change request (its values are applied to the institution in the
// same transaction, audited as an institution update) or rejects it with a reason. A request is
// decided once: the status moves from OPEN with a conditional update.
import { AppError } from "../../errors/app-error";
import type { TChecklistFacts } from "../../onboarding/checklist-facts";
import { recordAudit } from "../audit/record-audit";
import { requireCoordinator } from "../checklist/access";
import { isUniqueViolation, type CoreActor } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";
import { auditView, ORGNR_TAKEN } from "./institution-data";

export async function decideInstitutionChange(opts: {
  db: PrismaClient;
  actor: CoreActor;
  requestId: string;
  decision: "APPROVE" | "REJECT";
  note: string | null;
  now?: Date;
}) {
  const { db, actor, requestId, decision } = opts;
  await requireCoordinator(db, actor, "institution.change.decide");
  const note = opts.note?.trim() || null;
  if (decision === "REJECT" && !note) throw new AppError("INVALID", "reason required", { fieldErrors: { note: ["errors.rejectReasonRequired"] } });
  const request = await db.institutionChangeRequest.findUnique({ where: { id: requestId } });
  if (!request) throw new AppError("NOT_FOUND");
  const decidedAt = opts.now ?? new Date();
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.institutionChangeRequest.updateMany({
        where: { id: requestId, status: "OPEN" },
        data: { status: decision === "APPROVE" ? "APPROVED" : "REJECTED", decidedById: actor.id, decidedAt, decisionNote: note },
      });
      if (count === 0) throw new AppError("CONFLICT", "already decided");
      const subject = `institution:${request.institutionId}`;
      if (decision === "APPROVE") {
        const proposed = request.proposed as Partial<TChecklistFacts>;
        const before = await tx.institution.findUnique({ where: { id: request.institutionId } });
        if (!before) throw new AppError("NOT_FOUND");
        if (proposed.orgnr && proposed.orgnr !== before.orgnr) {
          const clash = await tx.institution.findUnique({ where: { orgnr: proposed.orgnr }, select: { id: true } });
          if (clash) throw ORGNR_TAKEN();
        }
        const after = await tx.institution.update({ where: { id: request.institutionId }, data: proposed });
        await recordAudit(tx, { actor: actor.email, action: "institution.update", subject, institutionId: request.institutionId, before: auditView(before), after: auditView(after) });
      }
      const approved = decision === "APPROVE";
      await recordAudit(tx, {
        actor: actor.email,
        action: approved ? "institution.change.approve" : "institution.change.reject",
        subject,
        institutionId: request.institutionId,
        before: request.current as object,
        after: { ...(request.proposed as object), request: request.id, note: note ?? undefined },
      });
      return { institutionId: request.institutionId, status: decision === "APPROVE" ? "APPROVED" : "REJECTED" };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw ORGNR_TAKEN();
    throw error;
  }
}
