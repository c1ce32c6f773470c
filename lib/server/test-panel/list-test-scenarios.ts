// The institution's saved test-panel scenarios, by name, with who created and last changed them.
import type { Scenario } from "../../test-panel/scenario";
import { ZTestScenarioSchema } from "../../validation/test-scenario";
import { requireAccess, type CoreActor } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";

export interface TestScenarioRow {
  id: string;
  name: string;
  scenario: Scenario;
  createdBy: string | null;
  createdAt: Date;
  updatedBy: string | null;
  updatedAt: Date;
}

export async function listTestScenarios(opts: { db: PrismaClient; actor: CoreActor; institutionId: string }): Promise<TestScenarioRow[]> {
  await requireAccess({ ...opts, action: "testpanel.use" });
  const rows = await opts.db.testScenario.findMany({
    where: { institutionId: opts.institutionId },
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, scenario: true, createdAt: true, updatedAt: true,
      createdBy: { select: { name: true } }, updatedBy: { select: { name: true } },
    },
  });
  // every stored scenario passed the schema on save; a row that no longer does is left out
  return rows.flatMap((r) => {
    const parsed = ZTestScenarioSchema.safeParse(r.scenario);
    return parsed.success
      ? [{ id: r.id, name: r.name, scenario: parsed.data, createdBy: r.createdBy?.name ?? null, createdAt: r.createdAt, updatedBy: r.updatedBy?.name ?? null, updatedAt: r.updatedAt }]
      : [];
  });
}
