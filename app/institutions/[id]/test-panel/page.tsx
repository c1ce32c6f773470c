import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime, toDateLocale } from "@/lib/format/dates";
import { InstitutionTestPanel } from "@/components/test-panel/institution-panel";
import { PageHeader } from "@/components/page-header";
import { RulesHelp } from "@/components/test-panel/rules-help";
import { can } from "@/lib/onboarding/permissions";
import { requireActor } from "@/lib/server/access/actor";
import { assertCan } from "@/lib/server/access/authorize";
import { db } from "@/lib/server/db";
import { getInstitution } from "@/lib/server/institutions/get-institution";
import { getSandboxData } from "@/lib/server/sandbox/manage-data";
import { listTestScenarios } from "@/lib/server/test-panel/list-test-scenarios";
import { decodeScenario } from "@/lib/test-panel/scenario-url";
import { saveSandboxEmployerAction } from "../sandbox/actions";
import { orNotFound } from "../load";
import { deleteTestScenarioAction, loadSandboxEmployerAction, saveTestScenarioAction } from "./actions";
import { ClientMessages } from "@/components/intl/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("testPanel.institution");
  return { title: t("metaTitle") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

/** The institution's test panel: the demo panel plus its saved scenarios and its sandbox data. */
export default async function InstitutionTestPanelPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Search }) {
  const { id } = await params;
  const actor = await requireActor();
  await assertCan(actor, "testpanel.use", id);
  const institution = await orNotFound(getInstitution({ db, actor, institutionId: id }));
  const sandbox = can(actor, "sandbox.token.manage", { institutionId: id });
  const [scenarios, data] = await Promise.all([
    listTestScenarios({ db, actor, institutionId: id }),
    sandbox ? getSandboxData({ db, actor, institutionId: id }) : null,
  ]);
  const employers = Array.from(new Set([...(data?.employers ?? []).map((e) => e.opplysningspliktig), ...(data?.agreements ?? []).map((a) => a.opplysningspliktig)])).sort();
  const { scenario, invalid } = decodeScenario(await searchParams);
  const t = await getTranslations("testPanel.institution");
  const locale = toDateLocale(await getLocale());
  const byWhen = (by: string | null, when: Date) => (by ? t("byWhen", { by, when: formatDateTime(when, locale) }) : formatDateTime(when, locale));
  return (
    <ClientMessages namespaces={["testPanel", "sandbox.employers", "sandbox.errors"]}>
      <div className="space-y-10">
        <div className="space-y-3">
          <p><Link href={`/institutions/${id}`} className="ds-link">{t("back", { name: institution.name })}</Link></p>
          <PageHeader id="tp-title" title={t("title", { name: institution.name })} intro={t("intro")} />
          {sandbox && <p><Link href={`/institutions/${id}/sandbox`} className="ds-link">{t("sandboxLink")}</Link></p>}
        </div>
        <InstitutionTestPanel
          initial={scenario}
          invalid={invalid}
          scenarios={scenarios.map((s) => ({ id: s.id, name: s.name, scenario: s.scenario, created: byWhen(s.createdBy, s.createdAt), updated: byWhen(s.updatedBy, s.updatedAt) }))}
          employers={employers}
          actions={{
            save: saveTestScenarioAction.bind(null, id),
            remove: deleteTestScenarioAction.bind(null, id),
            loadEmployer: loadSandboxEmployerAction.bind(null, id),
            saveEmployerMonths: saveSandboxEmployerAction.bind(null, id),
          }}
        />
        <RulesHelp />
      </div>
    </ClientMessages>
  );
}
