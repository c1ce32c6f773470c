// B-7 with a supplier: confirm a cell of the Altinn delegation matrix (a right delegated to the
// supplier in TT02 or production), or take a confirmation back. Who may update the institution's
// steps (`step.update`: its owners and members, its supplier's staff, Bits) may do either; each is
// audited on B-7 (step.delegation.confirm / step.delegation.unconfirm). A confirmation is not
// taken back while the step whose gate it fills is done or with Bits (B-7 for TT02, C-7 for
// production): reopen that step first, so no completed step stands on a missing delegation.
import { AppError } from "../../errors/app-error";
import {
  DELEGATION_GATES,
  DELEGATION_STEP,
  isDelegationEnvironment,
  isDelegationRight,
  type TDelegationEnvironment,
  type TDelegationRight,
} from "../../onboarding/delegation";
import { recordAudit } from "../audit/record-audit";
import { isUniqueViolation, requireAccess, type CoreActor } from "../access/require-access";
import { stepSubject } from "../checklist/load-states";
import type { PrismaClient } from "../prisma-client";

export interface TSetDelegationOptions {
  db: PrismaClient;
  actor: CoreActor;
  institutionId: string;
  right: string;
  environment: string;
  /** true: confirm the cell; false: take the confirmation back. */
  confirmed: boolean;
  now?: Date;
}

const rule = (code: string, reason: string) => new AppError(code === "CONFLICT" ? "CONFLICT" : "INVALID", reason, { rule: reason });

export async function setDelegation(opts: TSetDelegationOptions): Promise<{ right: TDelegationRight; environment: TDelegationEnvironment; confirmed: boolean }> {
  const { db, actor, institutionId, confirmed } = opts;
  await requireAccess({ db, actor, action: "step.update", institutionId });
  const { right, environment } = opts;
  if (!isDelegationRight(right) || !isDelegationEnvironment(environment)) throw rule("INVALID", "UNKNOWN_CELL");
  const institution = await db.institution.findUnique({ where: { id: institutionId }, select: { supplierOrgnr: true } });
  if (!institution) throw new AppError("NOT_FOUND");
  // B-7 applies only with a supplier: without one there is nothing to delegate to
  if (!institution.supplierOrgnr) throw rule("INVALID", "NO_SUPPLIER");
  const subject = stepSubject(institutionId, DELEGATION_STEP);
  const cell = { right, environment };

  try {
    return await db.$transaction(async (tx) => {
      const where = { institutionId_right_environment: { institutionId, right, environment } };
      if (confirmed) {
        const created = await tx.stepDelegation.create({ data: { institutionId, right, environment, confirmedById: actor.id, confirmedAt: opts.now ?? new Date() } });
        await recordAudit(tx, { actor: actor.email, action: "step.delegation.confirm", subject, institutionId, after: { ...cell, confirmedAt: created.confirmedAt.toISOString() } });
      } else {
        const gatedStep = Object.entries(DELEGATION_GATES).find(([, env]) => env === environment)?.[0];
        if (gatedStep) {
          const step = await tx.institutionStep.findUnique({ where: { institutionId_stepKey: { institutionId, stepKey: gatedStep } }, select: { status: true } });
          if (step?.status === "DONE" || step?.status === "AWAITING_REVIEW") throw new AppError("CONFLICT", "GATE_CLOSED", { rule: "GATE_CLOSED", step: gatedStep });
        }
        const existing = await tx.stepDelegation.findUnique({ where, select: { id: true, confirmedAt: true, confirmedBy: { select: { email: true } } } });
        if (!existing) throw rule("CONFLICT", "NOT_CONFIRMED");
        await tx.stepDelegation.delete({ where: { id: existing.id } });
        await recordAudit(tx, {
          actor: actor.email, action: "step.delegation.unconfirm", subject, institutionId,
          before: { ...cell, confirmedAt: existing.confirmedAt.toISOString(), confirmedBy: existing.confirmedBy.email },
          after: cell,
        });
      }
      return { right, environment, confirmed };
    });
  } catch (error) {
    // confirmed by someone else a moment earlier: it stays theirs
    if (isUniqueViolation(error)) throw rule("CONFLICT", "ALREADY_CONFIRMED");
    throw error;
  }
}
