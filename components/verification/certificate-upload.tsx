"use client";
// A-2: upload the public part of a business certificate; the server reads and checks it.
import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormFeedback, SubmitButton } from "@/components/forms/feedback";
import { ValidationMessage } from "@/components/ds";
import type { TVerificationState } from "@/lib/validation/verification";
import { verificationError } from "./verification-error";

export function CertificateUpload({ action }: { action: (prev: TVerificationState, fd: FormData) => Promise<TVerificationState> }) {
  const t = useTranslations("verification");
  const { state, formAction, pending, failedValues } = useFormAction(action);
  const failed = state && !state.ok ? state : null;
  const message = failed ? t(`errors.${verificationError(failed, (k) => t.has(`errors.${k}`))}`) : null;
  const field = failed?.field ?? (failed?.code === "INVALID" && failed.rule && failed.rule !== "STEP_LOCKED" ? "file" : undefined);
  const fieldId = field === "environment" ? "certificate-environment" : "certificate-file";
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormFeedback result={state} success={state?.ok ? t(`messages.${state.message}`) : null} heading={message ?? ""}
        errors={field && message ? [{ fieldId, message }] : []} formError={!field ? message : null} />
      <div className="flex flex-col gap-1">
        <label htmlFor="certificate-file" className="font-medium">{t("certificate.file")}</label>
        <input id="certificate-file" name="file" type="file" accept=".pem,.der,.cer,.crt,application/x-x509-ca-cert,application/pkix-cert"
          className="ds-input" aria-invalid={field === "file" ? true : undefined} aria-describedby={field === "file" ? "certificate-file-error" : undefined} />
        {field === "file" && message && <ValidationMessage id="certificate-file-error" data-size="sm">{message}</ValidationMessage>}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="certificate-environment" className="font-medium">{t("certificate.environment")}</label>
        <select id="certificate-environment" name="environment" className="ds-input w-auto" defaultValue={failedValues?.environment ?? ""}
          aria-invalid={field === "environment" ? true : undefined} aria-describedby={field === "environment" ? "certificate-environment-error" : undefined}>
          <option value="" disabled>{t("certificate.chooseEnvironment")}</option>
          <option value="test">{t("environments.test")}</option>
          <option value="production">{t("environments.production")}</option>
        </select>
        {field === "environment" && message && <ValidationMessage id="certificate-environment-error" data-size="sm">{message}</ValidationMessage>}
      </div>
      <SubmitButton pending={pending} pendingText={t("certificate.reading")} variant="secondary">{t("certificate.submit")}</SubmitButton>
    </form>
  );
}
