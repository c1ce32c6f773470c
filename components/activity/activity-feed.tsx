// The activity feed as an ordered list, newest first: when (relative and exact, Norwegian time),
// who, what, on which step (a link to the step view) and, across institutions, where.
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { TActivityFeedItem } from "@/lib/server/activity/list-activity";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { personLabel } from "@/lib/format/person";

export async function ActivityFeed({ entries, showInstitution }: { entries: TActivityFeedItem[]; showInstitution: boolean }) {
  const t = await getTranslations("activity");
  const ts = await getTranslations("checklist.status");
  const ta = await getTranslations("audit");
  const format = await getFormatter();
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  const now = new Date();
  const day = (iso: string) => formatDate(iso, locale);
  return (
    <ol aria-label={t("feedLabel")} className="space-y-3">
      {entries.map((e) => {
        const at = new Date(e.at);
        const stepLink = e.stepKey ? `/institutions/${e.institution.id}/steps/${e.stepKey}` : null;
        const sentence = t.rich(`types.${e.type}`, {
          name: personLabel(e.person, ta("system")),
          from: e.from ? ts(e.from) : "",
          to: e.to ? ts(e.to) : "",
          date: e.dueDate ? day(e.dueDate) : "",
          role: t("role", { role: e.detail ?? "MEMBER" }),
          token: e.detail ?? "",
          detail: e.detail ?? "",
          step: () =>
            stepLink && (
              <Link href={stepLink} className="ds-link font-medium">
                <span className="font-mono">{e.stepKey}</span>
                {e.stepTitle && <> {e.stepTitle[locale]}</>}
              </Link>
            ),
        });
        const also = e.also.map((c) => t(`side.${c}`, { date: e.dueDate ? day(e.dueDate) : "" }));
        return (
          <li key={e.id} className="rounded bg-white p-3 shadow-sm">
            <p className="text-sm text-slate-700">
              <time dateTime={e.at} title={formatDateTime(at, locale)}>
                {format.relativeTime(at, now)}
              </time>{" "}
              · {formatDateTime(at, locale)}
              {showInstitution && (
                <>
                  {" "}· <Link href={`/institutions/${e.institution.id}`} className="ds-link">{e.institution.name}</Link>
                </>
              )}
            </p>
            <p className="mt-1">{sentence}</p>
            {e.override && <p className="text-sm font-semibold">{t("override")}</p>}
            {e.excerpt && <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 whitespace-pre-line break-words text-slate-800">{e.excerpt}</blockquote>}
            {also.length > 0 && <p className="mt-1 text-sm text-slate-700">{t("also", { changes: format.list(also, { type: "conjunction" }) })}</p>}
          </li>
        );
      })}
    </ol>
  );
}
