"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/app/account/actions";
import { usePasswordErrors } from "@/components/forms/use-password-errors";
import { Button, ValidationMessage } from "@/components/ds";

const FIELDS = ["currentPassword", "newPassword", "repeatPassword"] as const;

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const passwordError = usePasswordErrors();
  const [state, action, pending] = useActionState(changePasswordAction, null);
  if (state?.ok) {
    return (
      <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2">
        {t("changed")} <a href="/sign-in" className="ds-link">{t("signInAgain")}</a>
      </p>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      {state && !state.ok && state.code && <p role="alert" className="text-red-800">{t("failed")}</p>}
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
              {errors[name].map((key) => passwordError(key, (k) => t(`errors.${k}` as never))).join(" ")}
            </ValidationMessage>
          )}
        </div>
      ))}
      <Button type="submit" disabled={pending} variant="primary">
        {t("submit")}
      </Button>
    </form>
  );
}
