// The sandbox test report a C-4's evidence links to, shown where Bits reviews the step (and on
// the step page): the report's table, or a line saying the cases were entered by hand.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { toDateLocale } from "@/lib/format/dates";
import { reportPath, runIdFromReportUrl } from "@/lib/integration-test";
import type { CoreActor } from "@/lib/server/access/require-access";
import { db } from "@/lib/server/db";
import { getIntegrationTestReport } from "@/lib/server/integration-test/report";
import { actorNames } from "@/lib/server/people/actor-names";
import { ReportView } from "./report-view";

export async function ReportEvidence({ actor, institutionId, evidence }: { actor: CoreActor; institutionId: string; evidence: Record<string, unknown> }) {
  const t = await getTranslations("integrationTest");
  const runId = runIdFromReportUrl(evidence.reportUrl, institutionId);
  const report = runId ? await getIntegrationTestReport({ db, actor, institutionId, runId }).catch(() => null) : null;
  if (!runId || !report) return <p data-testid="report-evidence-none">{t("report.reviewNone")}</p>;
  const locale = toDateLocale(await getLocale());
  const names = await actorNames(db, [report.startedBy, report.reportedBy]);
  return (
    <div className="space-y-2" data-testid="report-evidence">
      <h3 className="ds-heading" data-size="2xs">{t("report.review")}</h3>
      <p className="flex flex-wrap gap-x-4">
        <Link href={reportPath(institutionId, runId)} className="ds-link">{t("report.open")}</Link>
        <a href={`${reportPath(institutionId, runId)}/xlsx`} className="ds-link" download>{t("report.xlsx")}</a>
      </p>
      <ReportView report={report} locale={locale} names={names} />
    </div>
  );
}
