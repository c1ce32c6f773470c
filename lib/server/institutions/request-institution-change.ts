// An owner asks Bits to change what decides the checklist (org number, BLP membership, the
// supplier). One open request per institution (a partial unique index); audited.
import { AppError } from "../../errors/app-error";
import { changedChecklistFacts, proposedFacts, type TChecklistFacts } from "../../onboarding/checklist-facts";
import { fieldErrorsOf, ZInstitutionChangeRequestSchema } from "../../validation/institution";
import { recordAudit } from "../audit/record-audit";
import { isUniqueViolation, requireAccess, type CoreActor } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";

export const OPEN_REQUEST_EXISTS = () => new AppError("CONFLICT", "open change request", { fieldErrors: { reason: ["errors.changeRequestOpen"] } });

export async function requestInstitutionChange(opts: { db: PrismaClient; actor: CoreActor; institutionId: string; input: Record<string, unknown> }) {
  const { db, actor, institutionId } = opts;
  await requireAccess({ db, actor, action: "institution.update", institutionId });
  const parsed = ZInstitutionChangeRequestSchema.safeParse(opts.input);
  if (!parsed.success) throw new AppError("INVALID", "invalid change request", { fieldErrors: fieldErrorsOf(parsed.error) });
  const { reason, ...wanted } = parsed.data;
  const want: TChecklistFacts = { ...wanted, supplierName: wanted.supplierOrgnr || wanted.supplierName ? wanted.supplierName : null };
  try {
    return await db.$transaction(async (tx) => {
      const inst = await tx.institution.findUnique({ where: { id: institutionId }, select: { orgnr: true, blpMember: true, supplierOrgnr: true, supplierName: true } });
      if (!inst) throw new AppError("NOT_FOUND");
      const changed = changedChecklistFacts(inst, want);
      if (changed.length === 0) throw new AppError("INVALID", "no change", { fieldErrors: { orgnr: ["errors.changeRequestNoChange"] } });
      const current = Object.fromEntries(changed.map((k) => [k, inst[k]]));
      const proposed = proposedFacts(inst, want);
      const created = await tx.institutionChangeRequest.create({ data: { institutionId, proposed, current, reason, requestedById: actor.id } });
      await recordAudit(tx, {
        actor: actor.email,
        action: "institution.change.request",
        subject: `institution:${institutionId}`,
        institutionId,
        before: current,
        after: { ...proposed, reason, request: created.id },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw OPEN_REQUEST_EXISTS();
    throw error;
  }
}
