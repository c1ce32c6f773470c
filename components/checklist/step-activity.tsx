// The step's comment thread and its history (audit events for step:<institution>:<key>).
import { getLocale, getTranslations } from "next-intl/server";
import { AuditDetailsTable, AuditSentenceText, auditValueText } from "@/components/audit/audit-sentence";
import { Details, DetailsContent, DetailsSummary } from "@/components/ds";
import { Person } from "@/components/person";
import { formatDateTime, toDateLocale } from "@/lib/format/dates";
import { personFromActor } from "@/lib/format/person";
import { auditSentence } from "@/lib/onboarding/audit-sentence";
import type { TStepDetail } from "@/lib/server/checklist/get-step-detail";

export async function CommentThread({ comments }: { comments: TStepDetail["comments"] }) {
  const t = await getTranslations("checklist.comments");
  const locale = toDateLocale(await getLocale());
  if (comments.length === 0) return <p>{t("empty")}</p>;
  return (
    <ol className="space-y-3">
      {comments.map((c) => (
        <li key={c.id} className="rounded bg-white p-3 shadow-sm">
          <p className="text-sm text-slate-700">
            <span className="font-semibold text-slate-900">{c.authorName}</span> ·{" "}
            <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, locale)}</time>
            {c.kind !== "COMMENT" && <> · <span className="font-semibold">{t(`kinds.${c.kind}`)}</span></>}
          </p>
          <p className="mt-1 whitespace-pre-line break-words">{c.body}</p>
        </li>
      ))}
    </ol>
  );
}

/** How many of the newest history entries show at once; older ones wait in a Details. */
export const HISTORY_SHOWN = 3;

/** The step's history as sentences ("Status endret fra Pågår til Ferdig"), newest first: the
 * newest few at once, the older ones behind "Vis N eldre endringer" (a DS Details). */
export async function StepHistory({ history, names }: { history: TStepDetail["history"]; names: TStepDetail["names"] }) {
  const t = await getTranslations("checklist.history");
  const ts = await getTranslations("checklist.step");
  const ta = await getTranslations("audit");
  const locale = toDateLocale(await getLocale());
  const text = await auditValueText(names);
  if (history.length === 0) return <p>{t("empty")}</p>;
  const entry = (h: TStepDetail["history"][number]) => {
    const sentence = auditSentence(h);
    return (
      <li key={h.id} className="rounded bg-white p-3 text-sm shadow-sm">
        <p className="text-slate-700">
          <time dateTime={h.at}>{formatDateTime(h.at, locale)}</time> · <Person person={personFromActor(h.actor, names)} systemLabel={ta("system")} />
        </p>
        <p className="font-medium"><AuditSentenceText sentence={sentence} text={text} withStep={false} /></p>
        {sentence.override && <p className="font-semibold">{ta("override")}</p>}
        {sentence.note && <p className="mt-1 whitespace-pre-line break-words border-l-4 border-slate-300 pl-2">{sentence.note}</p>}
        {sentence.details.length > 0 && (
          <details>
            <summary className="ds-link cursor-pointer">{t("details")}</summary>
            <AuditDetailsTable details={sentence.details} text={text} />
          </details>
        )}
      </li>
    );
  };
  const older = history.slice(HISTORY_SHOWN);
  return (
    <div className="space-y-2">
      <ol className="space-y-2">{history.slice(0, HISTORY_SHOWN).map(entry)}</ol>
      {older.length > 0 && (
        <Details>
          <DetailsSummary>{ts("olderHistory", { count: older.length })}</DetailsSummary>
          <DetailsContent>
            <ol className="space-y-2">{older.map(entry)}</ol>
          </DetailsContent>
        </Details>
      )}
    </div>
  );
}
