// Bits' review on a step's page (B-2, C-4, C-7): what was sent and by whom while it waits, the
// send button for the institution, Bits' decision, and every round so far.
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ds";
import { DataTable } from "@/components/data-table";
import { formatDateTime, toDateLocale } from "@/lib/format/dates";
import type { TStepDetail } from "@/lib/server/checklist/get-step-detail";
import type { TStepActionState } from "@/lib/validation/checklist";
import { EvidenceSummary } from "./evidence-summary";
import { ReviewDecision, SendForReview } from "./review-actions";

type Action = (prev: TStepActionState, fd: FormData) => Promise<TStepActionState>;

/** The reason Bits returned the step, at the top of its page until it is sent again. */
export async function ReturnedNotice({ detail }: { detail: TStepDetail }) {
  if (detail.step.display !== "RETURNED") return null;
  const t = await getTranslations("checklist.review");
  const locale = toDateLocale(await getLocale());
  const last = detail.rounds.at(-1);
  return (
    <Alert data-color="warning" data-testid="returned-notice">
      <strong>{t("returnedTitle")}</strong>
      {last?.decidedAt && <span> {t("returnedBy", { time: formatDateTime(last.decidedAt, locale), name: last.decidedByName ?? t("someone") })}</span>}
      <p className="mt-1 whitespace-pre-line">{detail.step.returnReason}</p>
    </Alert>
  );
}

export async function ReviewPanel({ detail, sendAction, decideAction, children }: {
  detail: TStepDetail;
  sendAction: Action;
  decideAction: Action;
  /** What the step's own tools attached for Bits to see (C-4: the sandbox test report). */
  children?: ReactNode;
}) {
  const t = await getTranslations("checklist.review");
  const locale = toDateLocale(await getLocale());
  const { recorded, rounds } = detail;
  const key = detail.step.step.key;
  const open = detail.step.display === "AWAITING_REVIEW" ? rounds.at(-1) : undefined;
  const canSend = detail.transitions.some((tr) => tr.via === "send");
  const canDecide = detail.transitions.some((tr) => tr.via === "approve" || tr.via === "return");
  let body: ReactNode = null;
  if (detail.step.display === "AWAITING_REVIEW") {
    body = (
      <div className="space-y-4">
        {open && (
          <p data-testid="sent-by">{t("sentBy", { time: formatDateTime(open.sentAt, locale), name: open.sentByName })}</p>
        )}
        <div className="space-y-2">
          <h3 className="ds-heading" data-size="2xs">{t("whatWasSent")}</h3>
          <EvidenceSummary stepKey={key} evidence={open?.evidence ?? recorded.evidence} />
        </div>
        {canDecide ? <ReviewDecision action={decideAction} version={recorded.version} stepKey={key} /> : <p className="rounded bg-slate-100 px-3 py-2">{t("waiting")}</p>}
      </div>
    );
  } else if (canSend) {
    body = (
      <SendForReview action={sendAction} version={recorded.version} stepKey={key}>
        <EvidenceSummary stepKey={key} evidence={recorded.evidence} />
      </SendForReview>
    );
  }
  return (
    <section aria-labelledby="review-title" className="space-y-4" data-testid="review-panel">
      <h2 id="review-title" className="ds-heading" data-size="md">{t("title")}</h2>
      {body}
      {children}
      {rounds.length > 0 && (
        <div className="space-y-2">
          <h3 className="ds-heading" data-size="2xs">{t("rounds")}</h3>
          <DataTable caption={t("rounds")} columns={[t("col.round"), t("col.sent"), t("col.decision"), t("col.reason"), t("col.version")]}>
            {rounds.map((r, i) => (
              <tr key={r.id} data-testid="review-round">
                <td>{i + 1}</td>
                <td>{formatDateTime(r.sentAt, locale)}<br />{r.sentByName}</td>
                <td>{r.decision ? <>{t(`decision.${r.decision}`)}<br />{r.decidedAt && formatDateTime(r.decidedAt, locale)} · {r.decidedByName}</> : t("decision.OPEN")}</td>
                <td className="whitespace-pre-line">{r.reason ?? ""}</td>
                <td>{r.stepVersion}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </section>
  );
}
