"use client";
// Bits' decision on a change request: approve (the change is made) or reject with a reason.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormFeedback, SubmitButton } from "@/components/forms/feedback";
import { useInstitutionFormErrors } from "@/components/forms/use-form-errors";
import { ValidationMessage } from "@/components/ds";
import type { ActionState } from "@/lib/errors/app-error";

export function ChangeRequestDecision({ requestId, institutionName, action }: {
  requestId: string;
  institutionName: string;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const t = useTranslations("institution.changeRequest");
  const [approveState, approve, approving] = useActionState(action, null);
  const [rejectState, reject, rejecting] = useActionState(action, null);
  const approveErrors = useInstitutionFormErrors(approveState);
  const rejectErrors = useInstitutionFormErrors(rejectState);
  const noteError = rejectErrors.field("note");
  const noteId = `reject-note-${requestId}`;
  return (
    <div className="flex flex-wrap items-start gap-4">
      <form action={approve} className="flex flex-col gap-1">
        <FormFeedback result={approveState} success={approveState?.ok ? t("approved") : null} formError={approveErrors.formError ?? approveErrors.list({ orgnr: "orgnr" })[0]?.message} />
        <input type="hidden" name="requestId" value={requestId} />
        <input type="hidden" name="decision" value="APPROVE" />
        <SubmitButton pending={approving} ariaLabel={t("approveFor", { name: institutionName })}>{t("approve")}</SubmitButton>
      </form>
      <form action={reject} className="flex min-w-64 flex-col gap-1" noValidate>
        <FormFeedback result={rejectState} success={rejectState?.ok ? t("rejected") : null} formError={rejectErrors.formError} />
        <input type="hidden" name="requestId" value={requestId} />
        <input type="hidden" name="decision" value="REJECT" />
        <label htmlFor={noteId} className="font-medium">{t("rejectReason")}</label>
        <textarea id={noteId} name="note" rows={2} className="ds-input" aria-invalid={noteError ? true : undefined} aria-describedby={noteError ? `${noteId}-error` : undefined} />
        {noteError && <ValidationMessage id={`${noteId}-error`} data-size="sm">{noteError[0]}</ValidationMessage>}
        <SubmitButton pending={rejecting} variant="danger" ariaLabel={t("rejectFor", { name: institutionName })}>{t("reject")}</SubmitButton>
      </form>
    </div>
  );
}
