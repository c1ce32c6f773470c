"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/app/account/actions";
import { usePasswordErrors } from "@/components/forms/use-password-errors";
import { fieldMessageKey } from "@/lib/validation/field-message";
import { ValidationMessage } from "@/components/ds";
import { FormFeedback, SubmitButton } from "@/components/forms/feedback";

const FIELDS = ["currentPassword", "newPassword", "repeatPassword"] as const;

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const passwordError = usePasswordErrors();
  const [state, action, pending] = useActionState(changePasswordAction, null);
  if (state?.ok) {
    return (
      <FormFeedback result={state} success={<>{t("changed")} <a href="/sign-in" className="ds-link">{t("signInAgain")}</a></>} />
    );
  }
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const say = (name: string) => errors[name]?.map((key) => passwordError(key, (k) => t(`errors.${fieldMessageKey((x) => t.has(`errors.${x}`), k, name)}` as never))).join(" ");
  const summary = FIELDS.filter((name) => errors[name]).map((name) => ({ fieldId: name, message: say(name) ?? "" }));
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      <FormFeedback result={state} heading={t("failed")} errors={summary} formError={state && !state.ok && !summary.length ? t("failed") : null} />
      {FIELDS.map((name) => (
        <div key={name} className="flex flex-col gap-1">
          <label htmlFor={name} className="font-medium">{t(`fields.${name}`)}</label>
          <input
            id={name}
            name={name}
            type="password"
            autoComplete={name === "currentPassword" ? "current-password" : "new-password"}
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={errors[name] ? `${name}-error` : undefined}
            className="ds-input"
          />
          {errors[name] && (
            <ValidationMessage id={`${name}-error`} data-size="sm">
              {say(name)}
            </ValidationMessage>
          )}
        </div>
      ))}
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
