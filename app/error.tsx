"use client";

import { useTranslations } from "next-intl";
import { Button, Heading, Paragraph } from "@/components/ds";

/** Never shows the error's message or stack: only a reference the server log can be searched by. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <section aria-labelledby="err-title" className="ds-card max-w-2xl space-y-3" role="alert">
      <Heading level={1} data-size="md" id="err-title">{t("errorTitle")}</Heading>
      <Paragraph>{t("errorText")}</Paragraph>
      {error.digest && <Paragraph data-size="sm" style={{ color: "var(--ds-color-neutral-text-subtle)" }}>{t("reference", { digest: error.digest })}</Paragraph>}
      <Button type="button" onClick={reset} variant="primary">{t("retry")}</Button>
    </section>
  );
}
