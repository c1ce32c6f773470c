"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ds";

/** Copies `text` with navigator.clipboard and says so next to the button for a few seconds. */
export function CopyButton({ text, label, context }: { text: string; label: string; context: string }) {
  const t = useTranslations("testPanel.query");
  // The outcome belongs to the text that was copied: a changed answer clears it.
  const [result, setResult] = useState<{ text: string; ok: boolean } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    let ok = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      ok = false;
    }
    setResult({ text, ok });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setResult(null), 4000);
  };
  const state = result?.text !== text ? "idle" : result.ok ? "copied" : "failed";
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" onClick={copy} variant="secondary" data-size="sm">
        {label}<span className="sr-only"> {context}</span>
      </Button>
      <span role="status" className="text-sm" style={{ color: "var(--ds-color-success-text-default)" }}>
        {state === "copied" ? t("copied") : state === "failed" ? <span style={{ color: "var(--ds-color-danger-text-default)" }}>{t("copyFailed")}</span> : ""}
      </span>
    </span>
  );
}
