"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { useAdminFormErrors } from "@/components/forms/use-form-errors";
import type { ActionState } from "@/lib/errors/app-error";
import { MIN_PASSWORD_LENGTH } from "@/lib/server/auth/password-policy";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** New account (name + password twice) or, for a known e-mail, the current password. */
export function AcceptInvitationForm({ action, token, email, existingUser, defaultName }: { action: Action; token: string; email: string; existingUser: boolean; defaultName?: string }) {
  const t = useTranslations("admin.accept");
  const { state, formAction, pending, failedValues } = useFormAction(action);
  const { field, summary } = useAdminFormErrors(state);
  if (state?.ok) {
    return (
      <div className="space-y-3">
        <FormMessage kind="success">{existingUser ? t("doneExisting") : t("doneNew")}</FormMessage>
        <Link href="/sign-in" className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("signIn")}
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="space-y-4">
      {summary && <FormMessage kind="error">{summary}</FormMessage>}
      <input type="hidden" name="token" value={token} />
      <p>{t("forEmail", { email })}</p>
      {existingUser ? (
        <>
          <p>{t("existingIntro")}</p>
          <TextField id="password" name="password" type="password" autoComplete="current-password" label={t("currentPassword")} required errors={field("password")} />
        </>
      ) : (
        <>
          <TextField id="name" name="name" label={t("name")} autoComplete="name" defaultValue={failedValues?.name ?? defaultName} required errors={field("name")} />
          <TextField id="password" name="password" type="password" autoComplete="new-password" label={t("password")} hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })} required errors={field("password")} />
          <TextField id="repeat" name="repeat" type="password" autoComplete="new-password" label={t("repeat")} required errors={field("repeat")} />
        </>
      )}
      <SubmitButton pending={pending} pendingText={t("submitting")}>
        {existingUser ? t("submitExisting") : t("submitNew")}
      </SubmitButton>
    </form>
  );
}
