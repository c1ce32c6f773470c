"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ds";

/** Shows the invitation link once, with a copy button and a selectable text field as fallback. */
export function OneTimeLink({ link, email, mail }: { link: string; email: string; mail: "sent" | "not-configured" | "failed" }) {
  const t = useTranslations("admin.invitation.link");
  const id = useId();
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  }
  return (
    <div role="status" className="space-y-2 rounded border border-green-700 bg-green-50 p-3 text-green-950">
      <p className="font-semibold">{t("created", { email })}</p>
      <p>{t("onlyOnce")}</p>
      {mail === "sent" && <p>{t("mailSent")}</p>}
      {mail === "failed" && <p className="font-semibold text-red-800">{t("mailFailed")}</p>}
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="font-medium">{t("label")}</label>
        <input id={id} readOnly value={link} onFocus={(e) => e.currentTarget.select()} className="w-full ds-input font-mono text-sm" />
      </div>
      <Button type="button" onClick={copy} variant="primary">
        {t("copy")}
      </Button>
      <p aria-live="polite" className="text-sm">
        {copied === "yes" ? t("copied") : copied === "no" ? t("copyFailed") : ""}
      </p>
    </div>
  );
}
