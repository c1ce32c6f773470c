// Demo progress for the four demo institutions: realistic statuses and evidence, written
// directly (not through the actor rules) with an audit event per step by the person who would
// have done it: the institution's owner for its own and shared steps, the coordinator for Bits'.
// Dates are relative to the day the seed runs, so Vidde's certificate always expires soon.
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { DELEGATION_ENVIRONMENTS, DELEGATION_RIGHTS, DELEGATION_STEP, getStep, type TStepStatus } from "../../lib/onboarding";
import { CHECKLIST_DEMO, completeEvidence, type TDemoPlan, type TPlanDetail } from "./checklist-plans";

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

type IdsByOrgnr = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

interface TSeedPerson { id: string; email: string }
/** Who did the demo's steps; without it the audit trail records "seed" (tests that do not care). */
export interface TDemoActors {
  coordinator: TSeedPerson;
  ownerOf: (orgnr: string) => TSeedPerson | undefined;
}

/** Writes a plan of step states for one institution (the demo's and the e2e fixtures'). */
export async function seedPlan(db: PrismaClient, institutionId: string, plan: TDemoPlan, actors?: { coordinator: TSeedPerson; owner?: TSeedPerson }) {
  const institution = await db.institution.findUniqueOrThrow({ where: { id: institutionId } });
  const profile = { blpMember: institution.blpMember, hasSupplier: institution.supplierOrgnr !== null };
  const entries = Object.entries(plan.steps);
  for (const [index, [stepKey, s]] of entries.entries()) {
    getStep(stepKey); // fails loudly on a key the catalogue does not have
    const extra: TPlanDetail = typeof s === "string" ? { status: s } : s;
    const status: TStepStatus = extra.status;
    const planned = typeof extra.evidence === "function" ? extra.evidence(day) : extra.evidence;
    const evidence: Prisma.InputJsonObject = (planned ?? (status === "DONE" || status === "AWAITING_REVIEW" ? completeEvidence(stepKey, profile, day) : {})) as Prisma.InputJsonObject;
    // Older steps first; the plan's last step is its latest activity.
    const at = new Date(Date.now() - (plan.idleDays + entries.length - 1 - index) * DAY);
    const dueDate = extra.dueInDays === undefined ? null : new Date(`${day(extra.dueInDays)}T00:00:00Z`);
    const by = getStep(stepKey).performer === "BITS" ? actors?.coordinator : (actors?.owner ?? actors?.coordinator);
    const data = { status, evidence, dueDate, reason: extra.reason ?? null, version: 1, updatedAt: at, updatedById: by?.id ?? null };
    await db.$transaction(async (tx) => {
      await tx.institutionStep.upsert({
        where: { institutionId_stepKey: { institutionId, stepKey } },
        create: { institutionId, stepKey, ...data },
        update: data,
      });
      await tx.auditEvent.create({
        data: {
          at,
          actor: by?.email ?? "seed",
          institutionId,
          action: "step.update",
          subject: `step:${institutionId}:${stepKey}`,
          before: { status: "NOT_STARTED" },
          after: { status, evidence, dueDate: dueDate?.toISOString().slice(0, 10) ?? null, reason: data.reason, version: 1 },
        },
      });
      // B-7 done with a supplier: its delegation matrix, both columns confirmed by the owner
      if (stepKey === DELEGATION_STEP && status === "DONE" && profile.hasSupplier && by) {
        for (const environment of DELEGATION_ENVIRONMENTS) {
          for (const right of DELEGATION_RIGHTS) {
            await tx.stepDelegation.upsert({
              where: { institutionId_right_environment: { institutionId, right, environment } },
              create: { institutionId, right, environment, confirmedById: by.id, confirmedAt: at },
              update: {},
            });
            await tx.auditEvent.create({
              data: { at, actor: by.email, institutionId, action: "step.delegation.confirm", subject: `step:${institutionId}:${stepKey}`, after: { right, environment, confirmedAt: at.toISOString() } },
            });
          }
        }
      }
      // a step Bits reviews, sent or approved: its review round, sent by the owner
      if (getStep(stepKey).requiresReview && (status === "AWAITING_REVIEW" || status === "DONE") && by && actors?.coordinator) {
        const decided = status === "DONE" ? { decision: "APPROVED" as const, decidedById: actors.coordinator.id, decidedAt: at } : {};
        await tx.stepReviewRound.create({ data: { institutionId, stepKey, stepVersion: 1, evidence, sentById: by.id, sentAt: at, ...decided } });
      }
    });
  }
}

/** Gives each demo institution found in `idsByOrgnr` its demo progress. */
export async function seedDemoProgress(db: PrismaClient, idsByOrgnr: IdsByOrgnr, actors?: TDemoActors): Promise<void> {
  const get = (orgnr: string) => (idsByOrgnr instanceof Map ? idsByOrgnr.get(orgnr) : (idsByOrgnr as Record<string, string>)[orgnr]);
  for (const [orgnr, plan] of Object.entries(CHECKLIST_DEMO)) {
    const id = get(orgnr);
    if (id) await seedPlan(db, id, plan, actors && { coordinator: actors.coordinator, owner: actors.ownerOf(orgnr) });
  }
}
