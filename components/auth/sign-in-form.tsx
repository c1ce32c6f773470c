"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useHydrated } from "@/components/hydration-mark";
import { Alert, Button } from "@/components/ds";
import { FormErrorSummary, SubmitButton, useFocusOnResult } from "@/components/forms/feedback";

/** E-mail + password form; errors are announced to screen readers (role=alert). */
export function SignInForm({ callbackUrl, oidcName }: { callbackUrl: string; oidcName: string | null }) {
  const t = useTranslations("auth.signIn");
  // a new object per answer, so the same message said twice moves focus again
  const [answer, setAnswer] = useState<{ error: string; missing?: ("email" | "password")[] } | null>(null);
  const setError = (text: string | null, missing?: ("email" | "password")[]) => setAnswer(text ? { error: text, missing } : null);
  const error = answer?.error ?? null;
  const focusRef = useFocusOnResult<HTMLDivElement>(answer);
  const [pending, setPending] = useState(false);
  const busy = useRef(false);
  // Until hydrated, a click would post the password to this page instead of signing in.
  const hydrated = useHydrated();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (busy.current) return;
    if (!email || !password) return setError(t("required"), [...(!email ? ["email" as const] : []), ...(!password ? ["password" as const] : [])]);
    busy.current = true;
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email, password, redirect: false });
    busy.current = false;
    setPending(false);
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    const limited = result?.error?.match(/^RATE_LIMITED:(\d+)$/);
    setError(limited ? t("rateLimited", { minutes: Number(limited[1]) }) : result?.error === "CredentialsSignin" ? t("invalid") : t("failed"));
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
        {answer?.missing?.length ? (
          <FormErrorSummary ref={focusRef} heading={answer.error} errors={answer.missing.map((f) => ({ fieldId: f, message: t(`missing.${f}`) }))} />
        ) : error && (
          <Alert ref={focusRef} tabIndex={-1} data-color="danger" data-size="sm" role="alert">
            {error}
          </Alert>
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor="email" className="font-medium">{t("email")}</label>
          <input id="email" name="email" type="email" autoComplete="username" required className="ds-input" aria-invalid={answer?.missing?.includes("email") || undefined} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="password" className="font-medium">{t("password")}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required className="ds-input" aria-invalid={answer?.missing?.includes("password") || undefined} />
        </div>
        <SubmitButton pending={pending} pendingText={t("submitting")} disabled={!hydrated}>{t("submit")}</SubmitButton>
      </form>
      {oidcName && (
        <>
          <p className="text-sm text-slate-600">{t("or")}</p>
          <Button type="button" onClick={() => signIn("oidc", { callbackUrl })} variant="secondary">
            {t("oidc", { provider: oidcName })}
          </Button>
        </>
      )}
    </div>
  );
}
