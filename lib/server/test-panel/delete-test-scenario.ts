// Deletes one of the institution's saved scenarios; NOT_FOUND for another institution's.
import { AppError } from "../../errors/app-error";
import { requireAccess, type CoreActor } from "../access/require-access";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../prisma-client";

export async function deleteTestScenario(opts: { db: PrismaClient; actor: CoreActor; institutionId: string; scenarioId: string }): Promise<void> {
  await requireAccess({ ...opts, action: "testpanel.use" });
  await opts.db.$transaction(async (tx) => {
    const row = await tx.testScenario.findFirst({ where: { id: opts.scenarioId, institutionId: opts.institutionId }, select: { id: true, name: true, scenario: true } });
    if (!row) throw new AppError("NOT_FOUND");
    await tx.testScenario.delete({ where: { id: row.id } });
    await recordAudit(tx, {
      actor: opts.actor.email, action: "testScenario.deleted", subject: `test-scenario:${row.id}`, institutionId: opts.institutionId,
      before: { name: row.name, scenario: row.scenario },
    });
  });
}
