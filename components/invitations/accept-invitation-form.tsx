"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/fields";
import { FormFeedback, SubmitButton } from "@/components/forms/feedback";
import { useFormAction } from "@/components/forms/use-form-action";
import { useAdminFormErrors } from "@/components/forms/use-form-errors";
import { usePasswordErrors } from "@/components/forms/use-password-errors";
import type { ActionState } from "@/lib/errors/app-error";
import { MIN_PASSWORD_LENGTH } from "@/lib/server/auth/password-policy";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * Signed in as the invited account: one button. Otherwise: a new account (name + password twice),
 * and for someone who already has an account, "sign in to accept" (back here after signing in).
 */
export function AcceptInvitationForm({ action, token, email, signedIn, signInHref, defaultName }: { action: Action; token: string; email: string; signedIn: boolean; signInHref: string; defaultName?: string }) {
  const t = useTranslations("admin.accept");
  const { state, formAction, pending, failedValues } = useFormAction(action);
  const { field, summary, formError, list } = useAdminFormErrors(state);
  const passwordError = usePasswordErrors();
  const raw = state && !state.ok ? state.fieldErrors?.password : undefined;
  const passwordErrors = raw?.map((key) => passwordError(key, () => "")).filter(Boolean);
  const errors = list({ name: "name", password: "password", repeat: "repeat" }).filter((e) => !(e.fieldId === "password" && passwordErrors?.length));
  if (passwordErrors?.length) errors.splice(errors.findIndex((e) => e.fieldId === "repeat") < 0 ? errors.length : errors.findIndex((e) => e.fieldId === "repeat"), 0, { fieldId: "password", message: passwordErrors.join(" ") });
  if (state?.ok) {
    return (
      <div className="space-y-3">
        <FormFeedback result={state} success={signedIn ? t("doneSignedIn") : t("doneNew")} />
        <Link href={signedIn ? "/" : "/sign-in"} className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {signedIn ? t("toStart") : t("signIn")}
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormFeedback result={state} heading={summary ?? undefined} errors={errors} formError={formError} />
      <input type="hidden" name="token" value={token} />
      <p>{t("forEmail", { email })}</p>
      {signedIn ? (
        <p>{t("signedInIntro")}</p>
      ) : (
        <>
          <p>
            {t("haveAccount")} <Link href={signInHref} className="ds-link">{t("signInToAccept")}</Link>
          </p>
          <p>{t("newIntro")}</p>
          <TextField id="name" name="name" label={t("name")} autoComplete="name" defaultValue={failedValues?.name ?? defaultName} required errors={field("name")} />
          <TextField
            id="password" name="password" type="password" autoComplete="new-password" label={t("password")}
            hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })} required
            errors={passwordErrors?.length ? passwordErrors : field("password")}
          />
          <TextField id="repeat" name="repeat" type="password" autoComplete="new-password" label={t("repeat")} required errors={field("repeat")} />
        </>
      )}
      <SubmitButton pending={pending} pendingText={t("submitting")}>
        {signedIn ? t("submitSignedIn") : t("submitNew")}
      </SubmitButton>
    </form>
  );
}
