import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BulkCheck } from "@/components/test-panel/bulk-check";
import { RulesHelp } from "@/components/test-panel/rules-help";
import { TestPanel } from "@/components/test-panel/test-panel";
import { requireActor } from "@/lib/server/access/actor";
import { decodeScenario } from "@/lib/test-panel/scenario-url";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("testPanel");
  return { title: t("title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

/** Demo mode: nothing is saved, everything is computed in the browser from the scenario in the URL. */
export default async function TestPanelPage({ searchParams }: { searchParams: Search }) {
  await requireActor();
  const t = await getTranslations("testPanel");
  const { scenario, invalid } = decodeScenario(await searchParams);
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p className="w-fit rounded border border-brand bg-white px-3 py-1 text-sm font-semibold text-brand">{t("demo")}</p>
      </header>
      <TestPanel initial={scenario} invalid={invalid} />
      <RulesHelp />
      <section aria-labelledby="tp-bulk" className="space-y-4">
        <h2 id="tp-bulk" className="text-xl font-semibold">{t("bulk.title")}</h2>
        <BulkCheck />
      </section>
    </div>
  );
}
