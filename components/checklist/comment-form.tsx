"use client";
import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import type { TStepActionState } from "@/lib/validation/checklist";
import { Alert, Button, ValidationMessage } from "@/components/ds";

export function CommentForm({ action }: { action: (prev: TStepActionState, fd: FormData) => Promise<TStepActionState> }) {
  const t = useTranslations("checklist.comments");
  const tf = useTranslations("checklist.form");
  // a refused comment stays in the box (React resets the form after every action)
  const { state, formAction, pending, failedValues } = useFormAction(action);
  const error = state && !state.ok ? state.fieldErrors?.body?.[0] ?? `errors.codes.${state.code ?? "UNKNOWN"}` : null;
  return (
    <form action={formAction} className="space-y-2" noValidate>
      {state?.ok && <Alert data-color="success" data-size="sm" role="status">{t("added")}</Alert>}
      <div className="flex flex-col gap-1">
        <label htmlFor="comment-body" className="font-medium">{t("add")}</label>
        <textarea id="comment-body" name="body" rows={3} defaultValue={failedValues?.body} className="ds-input"
          aria-invalid={error ? true : undefined} aria-describedby={error ? "comment-body-error" : undefined} />
        {error && <ValidationMessage id="comment-body-error" role="alert" data-size="sm">{tf.has(error) ? tf(error) : tf("errors.invalid")}</ValidationMessage>}
      </div>
      <Button type="submit" disabled={pending} variant="secondary">
        {t("submit")}
      </Button>
    </form>
  );
}
