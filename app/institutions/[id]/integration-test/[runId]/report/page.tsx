// The printable test report of a run (the C-4 evidence links here), with its XLSX download.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/integration-test/print-button";
import { ReportView } from "@/components/integration-test/report-view";
import { PageHeader } from "@/components/page-header";
import { toDateLocale } from "@/lib/format/dates";
import { requireActor } from "@/lib/server/access/actor";
import { assertCan } from "@/lib/server/access/authorize";
import { db } from "@/lib/server/db";
import { getIntegrationTestReport } from "@/lib/server/integration-test/report";
import { actorNames } from "@/lib/server/people/actor-names";
import { ZRunIdSchema } from "@/lib/validation/integration-test";
import { orNotFound } from "../../../load";

export const dynamic = "force-dynamic";

export default async function IntegrationTestReportPage({ params }: { params: Promise<{ id: string; runId: string }> }) {
  const { id, runId } = await params;
  if (!ZRunIdSchema.safeParse(runId).success) notFound();
  const actor = await requireActor();
  await assertCan(actor, "institution.read", id);
  const report = await orNotFound(getIntegrationTestReport({ db, actor, institutionId: id, runId }));
  const names = await actorNames(db, [report.startedBy, report.reportedBy]);
  const t = await getTranslations("integrationTest");
  const locale = toDateLocale(await getLocale());
  return (
    <div className="space-y-6">
      <p className="print:hidden"><Link href={`/institutions/${id}/integration-test/${runId}`} className="ds-link">{t("run.back")}</Link></p>
      <PageHeader id="report-title" title={t("report.title")}>
        <div className="flex flex-wrap items-center gap-4 print:hidden">
          <a href={`/institutions/${id}/integration-test/${runId}/report/xlsx`} className="ds-link" download>{t("report.xlsx")}</a>
          <PrintButton label={t("report.print")} />
        </div>
      </PageHeader>
      <ReportView report={report} locale={locale} names={names} />
    </div>
  );
}
