// The C-7 gate's database half: reads the run a C-4 report link names (lib/integration-test
// decides). Used by the step rules' callers (update, review, the step page) for gated steps only.
import { INTEGRATION_TEST_GATED_STEPS, INTEGRATION_TEST_STEP, integrationTestGateOpen, runIdFromReportUrl } from "../../integration-test/report";
import type { PrismaClient } from "../prisma-client";

/** The C-7 gate (lib/integration-test): C-4 approved, and the run its report link names passed. */
async function gateOpen(db: Pick<PrismaClient, "integrationTestRun">, institutionId: string, c4: { status: string; evidence: unknown } | undefined): Promise<boolean> {
  const runId = runIdFromReportUrl((c4?.evidence as { reportUrl?: unknown } | null)?.reportUrl, institutionId);
  if (!c4 || c4.status !== "DONE" || !runId) return false;
  const run = await db.integrationTestRun.findFirst({ where: { id: runId, institutionId }, select: { reportedAt: true, allRequiredPassed: true } });
  return integrationTestGateOpen({ c4Status: c4.status, run: run && { reported: !!run.reportedAt, allRequiredPassed: run.allRequiredPassed } });
}

/** undefined for a step that is not gated; else whether C-4 is approved with a passed run. */
export async function integrationTestGateFor(
  db: Pick<PrismaClient, "integrationTestRun">,
  institutionId: string,
  stepKey: string,
  rows: readonly { stepKey: string; status: string; evidence: unknown }[],
): Promise<boolean | undefined> {
  if (!INTEGRATION_TEST_GATED_STEPS.includes(stepKey)) return undefined;
  return gateOpen(db, institutionId, rows.find((r) => r.stepKey === INTEGRATION_TEST_STEP));
}
