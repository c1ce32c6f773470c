// One integration test run: its cases turn passed as the institution's client calls the
// sandbox (RunLive polls the status route), then "Lag testrapport" freezes and attaches it.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ds";
import { ClientMessages } from "@/components/intl/client-messages";
import { MakeReportForm } from "@/components/integration-test/run-forms";
import { RunLive } from "@/components/integration-test/run-live";
import { PageHeader } from "@/components/page-header";
import { formatDateTime, toDateLocale } from "@/lib/format/dates";
import { reportPath, TEST_CASES } from "@/lib/integration-test";
import { can } from "@/lib/onboarding/permissions";
import { requireActor } from "@/lib/server/access/actor";
import { assertCan } from "@/lib/server/access/authorize";
import { db } from "@/lib/server/db";
import { getIntegrationTestRun } from "@/lib/server/integration-test/runs";
import { actorNames } from "@/lib/server/people/actor-names";
import { ZRunIdSchema } from "@/lib/validation/integration-test";
import { orNotFound } from "../../load";
import { createIntegrationTestReportAction } from "../actions";

export const dynamic = "force-dynamic";

export default async function IntegrationTestRunPage({ params }: { params: Promise<{ id: string; runId: string }> }) {
  const { id, runId } = await params;
  if (!ZRunIdSchema.safeParse(runId).success) notFound();
  const actor = await requireActor();
  await assertCan(actor, "institution.read", id);
  const run = await orNotFound(getIntegrationTestRun({ db, actor, institutionId: id, runId }));
  const names = await actorNames(db, [run.startedBy]);
  const t = await getTranslations("integrationTest");
  const locale = toDateLocale(await getLocale());
  const base = `/institutions/${id}/integration-test`;
  const cases = TEST_CASES.map((c) => ({ key: c.key, title: c.title[locale], how: c.how[locale], expected: c.expected[locale], required: c.required }));
  return (
    <ClientMessages namespaces={["integrationTest"]}>
      <div className="space-y-6">
        <section aria-labelledby="run-title" className="space-y-3">
          <p><Link href={base} className="ds-link">{t("run.back")}</Link></p>
          <PageHeader id="run-title" title={t("run.title")} intro={t("run.startedBy", { time: formatDateTime(run.startedAt, locale), name: names.get(run.startedBy) ?? run.startedBy })} />
          {run.reportedAt ? (
            <Alert data-color="info" data-testid="run-frozen">
              {t("run.frozen", { time: formatDateTime(run.reportedAt, locale) })}{" "}
              <Link href={reportPath(id, runId)} className="ds-link">{t("report.open")}</Link>{" · "}
              <a href={`${reportPath(id, runId)}/xlsx`} className="ds-link" download>{t("report.xlsx")}</a>
            </Alert>
          ) : <p>{t("run.live")}</p>}
        </section>
        <RunLive statusUrl={`${base}/${runId}/status`} cases={cases} initial={run.results} frozen={!!run.reportedAt} locale={locale} />
        {!run.reportedAt && can(actor, "step.update", { institutionId: id }) && (
          <section aria-labelledby="report-title" className="space-y-2">
            <h2 id="report-title" className="ds-heading" data-size="md">{t("report.title")}</h2>
            <MakeReportForm action={createIntegrationTestReportAction.bind(null, id, runId)} reportHref={reportPath(id, runId)} />
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
