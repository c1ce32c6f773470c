// "Lag testrapport": freezes a run's results in a report (cases, outcome, time, korrelasjonsid,
// who ran it and who made the report) and attaches it to C-4 as evidence — every case as a
// test-case row and the printable report as the report link — through updateStep, in the same
// transaction, so the step's rules, version and audit apply. A step the user may not edit
// (sent to Bits, approved) refuses it and nothing is stored.
import { AppError } from "../../errors/app-error";
import type { Prisma } from "../../generated/prisma/client";
import { buildRunReport, countPassed, evaluateRun, evidenceTestCases, INTEGRATION_TEST_STEP, reportPath, type TRunReport } from "../../integration-test";
import { recordAudit } from "../audit/record-audit";
import { requireAccess, type CoreActor } from "../checklist/access";
import { osloToday, stepSubject } from "../checklist/load-states";
import { updateStep } from "../checklist/update-step";
import type { PrismaClient } from "../prisma-client";
import { loadCalls, reportOf } from "./runs";

const osloDay = (iso: string) => osloToday(new Date(iso));

export async function createIntegrationTestReport(opts: {
  db: PrismaClient;
  actor: CoreActor;
  institutionId: string;
  runId: string;
  /** the app's own origin, for the report link in the evidence */
  origin: string;
  locale: "nb" | "en";
  now?: Date;
}): Promise<TRunReport> {
  const { db, actor, institutionId, runId } = opts;
  await requireAccess({ db, actor, action: "step.update", institutionId });
  const now = opts.now ?? new Date();
  const [run, institution, step] = await Promise.all([
    db.integrationTestRun.findFirst({ where: { id: runId, institutionId }, select: { id: true, startedAt: true, startedBy: true, reportedAt: true } }),
    db.institution.findUnique({ where: { id: institutionId }, select: { name: true, orgnr: true } }),
    db.institutionStep.findUnique({ where: { institutionId_stepKey: { institutionId, stepKey: INTEGRATION_TEST_STEP } }, select: { evidence: true, version: true } }),
  ]);
  if (!run || !institution) throw new AppError("NOT_FOUND");
  if (run.reportedAt) throw new AppError("INVALID", "REPORT_EXISTS", { rule: "REPORT_EXISTS" });
  const results = evaluateRun(await loadCalls(db, institutionId, run.startedAt, now));
  const report = buildRunReport({
    runId,
    institution,
    startedAt: run.startedAt.toISOString(),
    startedBy: run.startedBy,
    reportedAt: now.toISOString(),
    reportedBy: actor.email,
    results,
  });
  const evidence = (step?.evidence ?? {}) as Record<string, unknown>;
  await updateStep({
    db,
    actor,
    institutionId,
    stepKey: INTEGRATION_TEST_STEP,
    expectedVersion: step?.version ?? 0,
    evidence: { ...evidence, testCases: evidenceTestCases(report, opts.locale, osloDay), reportUrl: new URL(reportPath(institutionId, runId), opts.origin).toString() },
    alsoInTransaction: async (tx: Prisma.TransactionClient) => {
      const { count } = await tx.integrationTestRun.updateMany({
        where: { id: runId, institutionId, reportedAt: null },
        data: { report: report as unknown as Prisma.InputJsonValue, reportedAt: now, reportedBy: actor.email, allRequiredPassed: report.allRequiredPassed },
      });
      if (count === 0) throw new AppError("INVALID", "REPORT_EXISTS", { rule: "REPORT_EXISTS" });
      await recordAudit(tx, {
        actor: actor.email,
        action: "integrationTest.report.create",
        subject: stepSubject(institutionId, INTEGRATION_TEST_STEP),
        institutionId,
        after: { run: runId, passed: countPassed(results).passed, total: results.length, allRequiredPassed: report.allRequiredPassed },
      });
    },
  });
  return report;
}

/** The report of a run, for the printable page and the XLSX. */
export async function getIntegrationTestReport(opts: { db: PrismaClient; actor: CoreActor; institutionId: string; runId: string }): Promise<TRunReport> {
  const { db, actor, institutionId, runId } = opts;
  await requireAccess({ db, actor, action: "institution.read", institutionId });
  const run = await db.integrationTestRun.findFirst({ where: { id: runId, institutionId }, select: { report: true } });
  if (!run?.report) throw new AppError("NOT_FOUND");
  return reportOf(run.report);
}
