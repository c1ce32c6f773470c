// Comments (with the add-comment form) and history sections of the step view.
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ds";
import type { TStepDetail } from "@/lib/server/checklist/get-step-detail";
import { CommentThread, StepHistory } from "./step-activity";

export async function StepActivity({ detail, commentForm }: { detail: TStepDetail; commentForm: ReactNode }) {
  const t = await getTranslations("checklist");
  return (
    <>
      <section aria-labelledby="comments-title" className="space-y-4">
        <h2 id="comments-title" className="ds-heading" data-size="md">{t("comments.title")}</h2>
        <CommentThread comments={detail.comments} />
        {commentForm}
      </section>
      <section aria-labelledby="history-title" className="space-y-4">
        <h2 id="history-title" className="ds-heading flex items-center gap-2" data-size="md">
          {t("history.title")}
          {detail.history.length > 0 && <Badge count={detail.history.length} data-color="neutral" variant="tinted" />}
        </h2>
        <StepHistory history={detail.history} names={detail.names} />
      </section>
    </>
  );
}
