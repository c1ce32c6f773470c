// Registers a new pension institution (coordinators: `institution.create`).
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../prisma-client";
import { auditView, ORGNR_TAKEN, parseInstitution } from "./institution-data";
import { isUniqueViolation, requireAccess, type CoreActor } from "../access/require-access";

export async function createInstitution(opts: { db: PrismaClient; actor: CoreActor; input: Record<string, unknown> }) {
  await requireAccess({ db: opts.db, actor: opts.actor, action: "institution.create" });
  const data = parseInstitution(opts.input);
  if (await opts.db.institution.findUnique({ where: { orgnr: data.orgnr }, select: { id: true } })) throw ORGNR_TAKEN();
  try {
    return await opts.db.$transaction(async (tx) => {
      const created = await tx.institution.create({ data });
      await recordAudit(tx, {
        actor: opts.actor.email,
        action: "institution.create",
        subject: `institution:${created.id}`,
        institutionId: created.id,
        after: auditView(created),
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw ORGNR_TAKEN(); // lost a race with a twin registration
    throw error;
  }
}
