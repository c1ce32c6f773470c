"use client";
// B-3/C-2: paste a Maskinporten access token; the server checks it and keeps only the claims.
import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormFeedback, SubmitButton } from "@/components/forms/feedback";
import { ValidationMessage } from "@/components/ds";
import type { TVerificationState } from "@/lib/validation/verification";
import { verificationError } from "./verification-error";

export function TokenCheck({ action }: { action: (prev: TVerificationState, fd: FormData) => Promise<TVerificationState> }) {
  const t = useTranslations("verification");
  // the token is never given back to the page, not even after a refusal
  const { state, formAction, pending } = useFormAction(action);
  const failed = state && !state.ok ? state : null;
  const message = failed ? t(`errors.${verificationError(failed, (k) => t.has(`errors.${k}`))}`) : null;
  const onField = failed?.field === "token" || failed?.rule === "NOT_A_TOKEN" || failed?.rule === "PRODUCTION_TOKEN";
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormFeedback result={state} success={state?.ok ? t(`messages.${state.message}`) : null} heading={message ?? ""}
        errors={onField && message ? [{ fieldId: "token-input", message }] : []} formError={!onField ? message : null} />
      <div className="flex flex-col gap-1">
        <label htmlFor="token-input" className="font-medium">{t("token.label")}</label>
        <textarea id="token-input" name="token" rows={4} className="ds-input font-mono text-xs" autoComplete="off" spellCheck={false}
          aria-invalid={onField ? true : undefined} aria-describedby={onField ? "token-input-error" : undefined} />
        {onField && message && <ValidationMessage id="token-input-error" data-size="sm">{message}</ValidationMessage>}
      </div>
      <SubmitButton pending={pending} pendingText={t("token.checking")} variant="secondary">{t("token.submit")}</SubmitButton>
    </form>
  );
}
