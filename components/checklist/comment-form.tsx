"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { newFormKey } from "@/components/forms/form-key";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormFeedback, SubmitButton } from "@/components/forms/feedback";
import type { TStepActionState } from "@/lib/validation/checklist";
import { fieldMessageKey } from "@/lib/validation/field-message";
import { ValidationMessage } from "@/components/ds";
import { MentionTextarea } from "@/components/notifications/mention-textarea";

export function CommentForm({ action, idempotencyKey, mentionNames = [] }: {
  action: (prev: TStepActionState, fd: FormData) => Promise<TStepActionState>;
  /** Made when the page was rendered: a double submit stores the comment once. */
  idempotencyKey?: string;
  /** Names the viewer may mention (the institution's members and the coordinators): the autocomplete. */
  mentionNames?: string[];
}) {
  const t = useTranslations("checklist.comments");
  const tf = useTranslations("checklist.form");
  const tm = useTranslations("notifications.mentions");
  // a refused comment stays in the box (React resets the form after every action)
  const { state, formAction, pending, failedValues } = useFormAction(action);
  // a new key once a comment is stored: the next comment is a new one
  const [formKey, setFormKey] = useState(idempotencyKey ?? "");
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setFormKey(newFormKey());
  }
  const failed = state && !state.ok ? state : null;
  const fieldKey = failed?.fieldErrors?.body?.[0];
  const say = (key: string) => tf(`errors.${fieldMessageKey((k) => tf.has(`errors.${k}`), key, "body")}`);
  const error = fieldKey ? say(fieldKey) : null;
  const formError = failed && !fieldKey ? say(`codes.${failed.code ?? "UNKNOWN"}`) : null;
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <FormFeedback result={state} success={state?.ok ? t("added") : null} heading={tf("errors.summary")}
        errors={error ? [{ fieldId: "comment-body", message: error }] : []} formError={formError} />
      {formKey && <input type="hidden" name="idempotencyKey" value={formKey} />}
      <div className="flex flex-col gap-1">
        <label htmlFor="comment-body" className="font-medium">{t("add")}</label>
        {mentionNames.length > 0 && <p id="comment-body-hint" className="text-sm">{tm("hint")}</p>}
        <MentionTextarea names={mentionNames} id="comment-body" name="body" rows={3} defaultValue={failedValues?.body} className="ds-input"
          aria-invalid={error ? true : undefined}
          aria-describedby={[mentionNames.length > 0 ? "comment-body-hint" : "", error ? "comment-body-error" : ""].filter(Boolean).join(" ") || undefined} />
        {error && <ValidationMessage id="comment-body-error" data-size="sm">{error}</ValidationMessage>}
      </div>
      <SubmitButton pending={pending} pendingText={tf("saving")} variant="secondary">{t("submit")}</SubmitButton>
    </form>
  );
}
