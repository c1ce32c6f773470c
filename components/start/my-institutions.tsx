// The start page of someone working for several institutions (an institution's staff or a
// supplier's): each institution with its progress, phase and who it waits on, linking to it.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, Paragraph } from "@/components/ds";
import { ProgressMeter } from "@/components/checklist/progress-bar";
import { waitingText } from "@/components/checklist/who-labels";
import { PHASE_TITLES, stepWaitsOnParty, type TViewer } from "@/lib/onboarding";
import type { TChecklist } from "@/lib/server/checklist/get-checklist";

export async function MyInstitutions({ items }: { items: { checklist: TChecklist; viewer: TViewer }[] }) {
  const t = await getTranslations("checklist");
  const th = await getTranslations("home");
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  if (items.length === 0) return <Paragraph>{th("empty")}</Paragraph>;
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {items.map(({ checklist: c, viewer }) => {
        const { overall } = c.progress;
        return (
          <li key={c.institution.id}>
            <Card data-color="neutral" className="space-y-2">
              <h2 className="ds-heading" data-size="xs">
                <Link href={`/institutions/${c.institution.id}`} className="ds-link">{c.institution.name}</Link>
              </h2>
              <ProgressMeter
                id={`progress-${c.institution.id}`}
                percent={overall.percent}
                label={th("progressLabel", { name: c.institution.name })}
                valueText={th("progress", { closed: overall.closed, total: overall.total, percent: overall.percent })}
              />
              <Paragraph data-size="sm">
                {c.phase === "DONE" ? t("overview.phases.DONE") : t("process.phase", { phase: c.phase, title: PHASE_TITLES[c.phase][locale] })}
                {c.next && <><br />{waitingText(t, stepWaitsOnParty(c.next, c.profile), viewer, c.institution.supplierName)}</>}
              </Paragraph>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
