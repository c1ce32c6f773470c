"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useHydrated } from "@/components/hydration-mark";
import { Alert, Button } from "@/components/ds";

/** E-mail + password form; errors are announced to screen readers (role=alert). */
export function SignInForm({ callbackUrl, oidcName }: { callbackUrl: string; oidcName: string | null }) {
  const t = useTranslations("auth.signIn");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Until hydrated, a click would post the password to this page instead of signing in.
  const hydrated = useHydrated();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) return setError(t("required"));
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email, password, redirect: false });
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
        {error && (
          <Alert data-color="danger" data-size="sm" role="alert">
            {error}
          </Alert>
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor="email" className="font-medium">{t("email")}</label>
          <input id="email" name="email" type="email" autoComplete="username" required className="ds-input" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="password" className="font-medium">{t("password")}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required className="ds-input" />
        </div>
        <Button type="submit" disabled={pending || !hydrated} variant="primary">
          {pending ? t("submitting") : t("submit")}
        </Button>
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
