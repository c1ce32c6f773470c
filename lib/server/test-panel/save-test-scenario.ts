// Saves the test panel's scenario under a name: creates it, or (only when asked to) overwrites the
// institution's scenario of that name. The write and its audit event commit in one transaction.
import { AppError } from "../../errors/app-error";
import type { Prisma } from "../../generated/prisma/client";
import type { Scenario } from "../../test-panel/scenario";
import { ZTestScenarioNameSchema, ZTestScenarioSchema } from "../../validation/test-scenario";
import { isUniqueViolation, requireAccess, type CoreActor } from "../access/require-access";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../prisma-client";

const exists = (name: string) => new AppError("CONFLICT", `a scenario named ${name} exists`, { fieldErrors: { name: ["exists"] } });

export async function saveTestScenario(opts: {
  db: PrismaClient;
  actor: CoreActor;
  institutionId: string;
  name: string;
  scenario: unknown;
  /** replace an existing scenario of the same name; without it that is a CONFLICT */
  overwrite?: boolean;
}): Promise<{ id: string; created: boolean }> {
  await requireAccess({ ...opts, action: "testpanel.use" });
  const name = ZTestScenarioNameSchema.safeParse(opts.name);
  const parsed = ZTestScenarioSchema.safeParse(opts.scenario);
  if (!name.success || !parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    if (!name.success) fieldErrors.name = name.error.issues.map((i) => i.message);
    if (!parsed.success) fieldErrors.scenario = ["scenario"];
    throw new AppError("INVALID", "invalid scenario", { fieldErrors });
  }
  const scenario: Scenario = parsed.data;
  const json = JSON.parse(JSON.stringify(scenario)) as Prisma.InputJsonObject; // no undefined members
  const key = { institutionId_name: { institutionId: opts.institutionId, name: name.data } };
  try {
    return await opts.db.$transaction(async (tx) => {
      const before = await tx.testScenario.findUnique({ where: key, select: { id: true, scenario: true } });
      if (before && !opts.overwrite) throw exists(name.data);
      const row = before
        ? await tx.testScenario.update({ where: { id: before.id }, data: { scenario: json, updatedById: opts.actor.id } })
        : await tx.testScenario.create({
          data: { institutionId: opts.institutionId, name: name.data, scenario: json, createdById: opts.actor.id, updatedById: opts.actor.id },
        });
      await recordAudit(tx, {
        actor: opts.actor.email, action: "testScenario.saved", subject: `test-scenario:${row.id}`, institutionId: opts.institutionId,
        before: before ? { name: name.data, scenario: before.scenario } : undefined, after: { name: name.data, scenario },
      });
      return { id: row.id, created: !before };
    });
  } catch (error) {
    // a parallel save of the same new name won the create
    if (isUniqueViolation(error)) throw exists(name.data);
    throw error;
  }
}
