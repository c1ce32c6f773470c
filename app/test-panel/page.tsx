import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BulkCheck } from "@/components/test-panel/bulk-check";
import { RulesHelp } from "@/components/test-panel/rules-help";
import { TestPanel } from "@/components/test-panel/test-panel";
import { TestPanelTabs } from "@/components/test-panel/test-panel-tabs";
import { PageHeader } from "@/components/page-header";
import { Tag } from "@/components/ds";
import { isCoordinator } from "@/lib/onboarding/permissions";
import { requireActor } from "@/lib/server/access/actor";
import { listInstitutions } from "@/lib/server/institutions/list-institutions";
import { decodeScenario } from "@/lib/test-panel/scenario-url";
import { ClientMessages } from "@/components/intl/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("testPanel");
  return { title: t("title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

/** Demo mode: nothing is saved, everything is computed in the browser from the scenario in the URL. */
export default async function TestPanelPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  const t = await getTranslations("testPanel");
  // institution users get links to their institutions' panels (coordinators reach them from each institution)
  const own = !isCoordinator(actor) && actor.memberships.length > 0 ? await listInstitutions(actor) : [];
  const { scenario, invalid } = decodeScenario(await searchParams);
  return (
    <ClientMessages namespaces={["testPanel"]}>
      <div className="space-y-8">
        <div className="space-y-3">
          <PageHeader id="tp-title" title={t("title")} intro={t("intro")} />
          <Tag data-color="info" data-size="sm" className="w-fit">{t("demo")}</Tag>
          {own.length > 0 && (
            <nav aria-labelledby="tp-own" className="space-y-1">
              <p id="tp-own">{t("demoInstitutions")}</p>
              <ul className="list-disc pl-6">
                {own.map((i) => <li key={i.id}><Link href={`/institutions/${i.id}/test-panel`} className="ds-link">{t("institution.title", { name: i.name })}</Link></li>)}
              </ul>
            </nav>
          )}
        </div>
        <TestPanelTabs
          labels={{ single: t("tabs.single"), bulk: t("tabs.bulk") }}
          single={
            <div className="space-y-10">
              <TestPanel initial={scenario} invalid={invalid} />
              <RulesHelp />
            </div>
          }
          bulk={
            <section aria-labelledby="tp-bulk" className="space-y-4">
              <h2 id="tp-bulk" className="ds-heading" data-size="md">{t("bulk.title")}</h2>
              <BulkCheck />
            </section>
          }
        />
      </div>
    </ClientMessages>
  );
}
