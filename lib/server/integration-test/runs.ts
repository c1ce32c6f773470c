// Integration test runs of step C-4 (issue 16): a person starts a run; each catalogue case
// passes with the first call the institution's client makes to the sandbox after the start
// that matches it (SandboxCall, recorded by the sandbox pipeline). Reading a run evaluates the
// recorded calls; a reported run is evaluated up to its report and then frozen in it.
import { AppError } from "../../errors/app-error";
import { evaluateRun, INTEGRATION_TEST_STEP, SANDBOX_OPERATIONS, ZRunReportSchema, type TCaseResult, type TRecordedCall, type TRunReport, type TSandboxOperation } from "../../integration-test";
import { recordAudit } from "../audit/record-audit";
import { requireAccess, type CoreActor } from "../checklist/access";
import { stepSubject } from "../checklist/load-states";
import type { PrismaClient } from "../prisma-client";

/** The calls a run reads at most (in time order): far more than a test needs. */
const MAX_CALLS = 5000;

export interface TRunView {
  id: string;
  startedAt: string;
  startedBy: string;
  reportedAt: string | null;
  reportedBy: string | null;
  results: TCaseResult[];
  report: TRunReport | null;
}

const asOperation = (s: string | null): TSandboxOperation | null =>
  s && (SANDBOX_OPERATIONS as readonly string[]).includes(s) ? (s as TSandboxOperation) : null;

/** The calls of an institution in [from, to], in time order, as the catalogue reads them. */
export async function loadCalls(db: PrismaClient, institutionId: string, from: Date, to?: Date): Promise<TRecordedCall[]> {
  const rows = await db.sandboxCall.findMany({
    where: { institutionId, at: { gte: from, ...(to ? { lte: to } : {}) } },
    orderBy: { at: "asc" },
    take: MAX_CALLS,
    select: { at: true, method: true, path: true, operation: true, status: true, kode: true, format: true, korrelasjonsid: true, detail: true },
  });
  return rows.map((r) => ({
    at: r.at.toISOString(),
    method: r.method,
    path: r.path,
    operation: asOperation(r.operation),
    status: r.status,
    kode: r.kode,
    format: r.format === "xml" ? "xml" : "json",
    korrelasjonsid: r.korrelasjonsid,
    detail: (r.detail ?? null) as TRecordedCall["detail"],
  }));
}

/** Starts a run: cases pass only with calls made from now on. */
export async function startIntegrationTestRun(opts: { db: PrismaClient; actor: CoreActor; institutionId: string }): Promise<{ id: string }> {
  const { db, actor, institutionId } = opts;
  await requireAccess({ db, actor, action: "step.update", institutionId });
  return db.$transaction(async (tx) => {
    const run = await tx.integrationTestRun.create({ data: { institutionId, startedBy: actor.email }, select: { id: true, startedAt: true } });
    await recordAudit(tx, {
      actor: actor.email,
      action: "integrationTest.run.start",
      subject: stepSubject(institutionId, INTEGRATION_TEST_STEP),
      institutionId,
      after: { run: run.id },
    });
    return { id: run.id };
  });
}

/** A run's stored report (frozen when it was made), checked as it is read. */
export const reportOf = (json: unknown): TRunReport => ZRunReportSchema.parse(json);

/** A run as its page and its JSON route show it. */
export async function getIntegrationTestRun(opts: { db: PrismaClient; actor: CoreActor; institutionId: string; runId: string }): Promise<TRunView> {
  const { db, actor, institutionId, runId } = opts;
  await requireAccess({ db, actor, action: "institution.read", institutionId });
  const run = await db.integrationTestRun.findFirst({
    where: { id: runId, institutionId },
    select: { id: true, startedAt: true, startedBy: true, reportedAt: true, reportedBy: true, report: true },
  });
  if (!run) throw new AppError("NOT_FOUND");
  const report = run.report ? reportOf(run.report) : null;
  const calls = report ? [] : await loadCalls(db, institutionId, run.startedAt);
  return {
    id: run.id,
    startedAt: run.startedAt.toISOString(),
    startedBy: run.startedBy,
    reportedAt: run.reportedAt?.toISOString() ?? null,
    reportedBy: run.reportedBy,
    results: report ? report.results : evaluateRun(calls),
    report,
  };
}

/** The institution's runs, newest first. */
export async function listIntegrationTestRuns(opts: { db: PrismaClient; actor: CoreActor; institutionId: string }) {
  const { db, actor, institutionId } = opts;
  await requireAccess({ db, actor, action: "institution.read", institutionId });
  const rows = await db.integrationTestRun.findMany({
    where: { institutionId },
    orderBy: { startedAt: "desc" },
    take: 20,
    select: { id: true, startedAt: true, startedBy: true, reportedAt: true, allRequiredPassed: true },
  });
  return rows.map((r) => ({ id: r.id, startedAt: r.startedAt.toISOString(), startedBy: r.startedBy, reportedAt: r.reportedAt?.toISOString() ?? null, allRequiredPassed: r.allRequiredPassed }));
}
