// The step's comment thread and its history (audit events for step:<institution>:<key>).
import { getFormatter, getTranslations } from "next-intl/server";
import type { TStepDetail } from "@/lib/server/checklist/get-step-detail";

export async function CommentThread({ comments }: { comments: TStepDetail["comments"] }) {
  const t = await getTranslations("checklist.comments");
  const format = await getFormatter();
  if (comments.length === 0) return <p>{t("empty")}</p>;
  return (
    <ol className="space-y-3">
      {comments.map((c) => (
        <li key={c.id} className="rounded bg-white p-3 shadow-sm">
          <p className="text-sm text-slate-700">
            <span className="font-semibold text-slate-900">{c.authorName}</span> ·{" "}
            <time dateTime={c.createdAt}>{format.dateTime(new Date(c.createdAt), { dateStyle: "short", timeStyle: "short" })}</time>
            {c.kind !== "COMMENT" && <> · <span className="font-semibold">{t(`kinds.${c.kind}`)}</span></>}
          </p>
          <p className="mt-1 whitespace-pre-line break-words">{c.body}</p>
        </li>
      ))}
    </ol>
  );
}

const statusOf = (v: unknown) => (v && typeof v === "object" && "status" in v ? String((v as { status: unknown }).status) : null);

export async function StepHistory({ history }: { history: TStepDetail["history"] }) {
  const t = await getTranslations("checklist.history");
  const ts = await getTranslations("checklist.status");
  const format = await getFormatter();
  if (history.length === 0) return <p>{t("empty")}</p>;
  return (
    <ol className="space-y-2">
      {history.map((h) => {
        const [from, to] = [statusOf(h.before), statusOf(h.after)];
        return (
          <li key={h.id} className="rounded bg-white p-3 text-sm shadow-sm">
            <p>
              <time dateTime={h.at}>{format.dateTime(new Date(h.at), { dateStyle: "short", timeStyle: "short" })}</time> · {h.actor}
            </p>
            <p className="font-medium">
              {h.action === "step.update" && from && to && from !== to
                ? t("statusChange", { from: ts(from), to: ts(to) })
                : t.has(`actions.${h.action}`) ? t(`actions.${h.action}`) : h.action}
            </p>
            <details>
              <summary className="cursor-pointer text-brand underline">{t("details")}</summary>
              <pre className="mt-1 overflow-x-auto whitespace-pre-wrap break-all text-xs">{JSON.stringify({ before: h.before, after: h.after }, null, 2)}</pre>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
