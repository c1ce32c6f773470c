import { getTranslations } from "next-intl/server";

const RULES = ["af", "vp", "union", "usage"] as const;
/** The spec's (D) items: decisions where Skatteetaten's documentation is silent. */
const DECISIONS = ["cut", "gap", "noLimit", "replace", "noAgreement", "xmlNs"] as const;

export async function RulesHelp() {
  const t = await getTranslations("testPanel.help");
  return (
    <section aria-labelledby="tp-help" className="space-y-3">
      <h2 id="tp-help" className="text-xl font-semibold">{t("title")}</h2>
      <ul className="list-disc space-y-1 pl-6">
        {RULES.map((k) => <li key={k}>{t(k)}</li>)}
      </ul>
      <p>{t("decisionIntro")}</p>
      <ul className="space-y-2">
        {DECISIONS.map((k) => (
          <li key={k} className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-2">
            <span className="w-fit shrink-0 rounded border border-amber-800 bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900">
              {t("decision")}
            </span>
            <span>{t(k)}</span>
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-700">{t("open")}</p>
    </section>
  );
}
