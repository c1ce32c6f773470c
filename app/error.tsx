"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ds";

/** Never shows the error's message or stack: only a reference the server log can be searched by. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <section aria-labelledby="err-title" className="space-y-3" role="alert">
      <h1 id="err-title" className="ds-heading" data-size="lg">{t("errorTitle")}</h1>
      <p>{t("errorText")}</p>
      {error.digest && <p className="text-sm text-slate-600">{t("reference", { digest: error.digest })}</p>}
      <Button type="button" onClick={reset} variant="primary">{t("retry")}</Button>
    </section>
  );
}
