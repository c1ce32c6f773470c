import { getTranslations } from "next-intl/server";
import { Details, DetailsContent, DetailsSummary, Tag } from "@/components/ds";

const RULES = ["af", "vp", "union", "usage"] as const;
/** The spec's (D) items: decisions where Skatteetaten's documentation is silent. */
const DECISIONS = ["cut", "gap", "noLimit", "replace", "noAgreement", "xmlNs"] as const;

export async function RulesHelp() {
  const t = await getTranslations("testPanel.help");
  return (
    <Details data-color="neutral" className="app-help">
      <DetailsSummary>
        <h2 id="tp-help" className="ds-heading" data-size="xs">{t("title")}</h2>
      </DetailsSummary>
      <DetailsContent className="space-y-3">
      <ul className="list-disc space-y-1 pl-6">
        {RULES.map((k) => <li key={k}>{t(k)}</li>)}
      </ul>
      <p>{t("decisionIntro")}</p>
      <ul className="space-y-2">
        {DECISIONS.map((k) => (
          <li key={k} className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-2">
            <Tag data-color="warning" data-size="sm" className="shrink-0">
              {t("decision")}
            </Tag>
            <span>{t(k)}</span>
          </li>
        ))}
      </ul>
      <p className="text-sm" style={{ color: "var(--ds-color-neutral-text-subtle)" }}>{t("open")}</p>
      </DetailsContent>
    </Details>
  );
}
