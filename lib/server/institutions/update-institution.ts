// Edits an institution's profile (`institution.update`: coordinators and the institution's owners).
// What decides the checklist (org number, BLP membership, the supplier) only a coordinator
// changes; an owner's save that would change it is refused whole (they send a change request).
import { AppError } from "../../errors/app-error";
import { changedChecklistFacts } from "../../onboarding/checklist-facts";
import { isCoordinator } from "../../onboarding/permissions";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../prisma-client";
import { auditView, ORGNR_TAKEN, parseInstitution } from "./institution-data";
import { isUniqueViolation, requireAccess, type CoreActor } from "../access/require-access";

export async function updateInstitution(opts: {
  db: PrismaClient;
  actor: CoreActor;
  institutionId: string;
  input: Record<string, unknown>;
}) {
  const { db, actor, institutionId } = opts;
  await requireAccess({ db, actor, action: "institution.update", institutionId });
  const data = parseInstitution(opts.input);
  const clash = await db.institution.findUnique({ where: { orgnr: data.orgnr }, select: { id: true } });
  if (clash && clash.id !== institutionId) throw ORGNR_TAKEN();
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.institution.findUnique({ where: { id: institutionId } });
      if (!before) throw new AppError("NOT_FOUND");
      const facts = isCoordinator(actor) ? [] : changedChecklistFacts(before, data);
      if (facts.length > 0) {
        throw new AppError("INVALID", "coordinator only", { fieldErrors: Object.fromEntries(facts.map((f) => [f, ["errors.coordinatorOnly"]])) });
      }
      const after = await tx.institution.update({ where: { id: institutionId }, data });
      await recordAudit(tx, {
        actor: actor.email,
        action: "institution.update",
        subject: `institution:${institutionId}`,
        institutionId,
        before: auditView(before),
        after: auditView(after),
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw ORGNR_TAKEN();
    throw error;
  }
}
