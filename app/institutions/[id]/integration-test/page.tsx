// Step C-4's integration test against the sandbox: the test cases, a button to start a run,
// and the runs so far with their reports. The institution's staff and coordinators.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { ClientMessages } from "@/components/intl/client-messages";
import { StartRunForm } from "@/components/integration-test/run-forms";
import { PageHeader } from "@/components/page-header";
import { formatDateTime, toDateLocale } from "@/lib/format/dates";
import { TEST_CASES } from "@/lib/integration-test";
import { can } from "@/lib/onboarding/permissions";
import { requireActor } from "@/lib/server/access/actor";
import { assertCan } from "@/lib/server/access/authorize";
import { db } from "@/lib/server/db";
import { getInstitution } from "@/lib/server/institutions/get-institution";
import { listIntegrationTestRuns } from "@/lib/server/integration-test/runs";
import { actorNames } from "@/lib/server/people/actor-names";
import { orNotFound } from "../load";
import { startIntegrationTestRunAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function IntegrationTestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  await assertCan(actor, "institution.read", id);
  const institution = await orNotFound(getInstitution({ db, actor, institutionId: id }));
  const runs = await listIntegrationTestRuns({ db, actor, institutionId: id });
  const names = await actorNames(db, runs.map((r) => r.startedBy));
  const t = await getTranslations("integrationTest");
  const locale = toDateLocale(await getLocale());
  const canStart = can(actor, "step.update", { institutionId: id });
  return (
    <ClientMessages namespaces={["integrationTest"]}>
      <div className="space-y-8">
        <section aria-labelledby="it-title" className="space-y-3">
          <p><Link href={`/institutions/${id}/steps/C-4`} className="ds-link">{t("back")}</Link></p>
          <PageHeader id="it-title" title={t("title")} intro={t("intro", { name: institution.name, orgnr: institution.orgnr })}>
            <ul className="flex flex-wrap gap-x-6 gap-y-1">
              <li><Link href={`/institutions/${id}/sandbox`} className="ds-link">{t("sandboxLink")}</Link></li>
              <li><Link href={`/sandbox-docs?institution=${id}`} className="ds-link">{t("docsLink")}</Link></li>
            </ul>
          </PageHeader>
          {canStart && <StartRunForm action={startIntegrationTestRunAction.bind(null, id)} />}
        </section>

        <section aria-labelledby="runs-title" className="space-y-3">
          <h2 id="runs-title" className="ds-heading" data-size="md">{t("runs.title")}</h2>
          {runs.length === 0 ? <p>{t("runs.empty")}</p> : (
            <DataTable caption={t("runs.caption")} columns={(["open", "by", "report"] as const).map((c) => t(`runs.columns.${c}`))}>
              {runs.map((r) => {
                const time = formatDateTime(r.startedAt, locale);
                return (
                  <tr key={r.id} data-testid="run-row">
                    <th scope="row" className="font-normal"><Link href={`/institutions/${id}/integration-test/${r.id}`} className="ds-link">{t("runs.open", { time })}</Link></th>
                    <td>{names.get(r.startedBy) ?? r.startedBy}</td>
                    <td>{r.reportedAt ? t(r.allRequiredPassed ? "runs.reportPassed" : "runs.reportFailed", { time: formatDateTime(r.reportedAt, locale) }) : t("runs.noReport")}</td>
                  </tr>
                );
              })}
            </DataTable>
          )}
        </section>

        <section aria-labelledby="catalogue-title" className="space-y-3">
          <h2 id="catalogue-title" className="ds-heading" data-size="md">{t("catalogue")}</h2>
          <ol className="list-decimal space-y-2 pl-6 [overflow-wrap:anywhere]">
            {TEST_CASES.map((c) => (
              <li key={c.key}>
                <strong>{c.title[locale]}</strong> ({c.required ? t("cases.required") : t("cases.optional")}): {c.how[locale]} <span>→ {c.expected[locale]}</span>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </ClientMessages>
  );
}
