"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/errors/app-error";

/**
 * Translates what an action returned: field errors are message keys of `namespace`
 * (e.g. "errors.orgnr.wrong-check-digit"); a failure without fields maps to
 * `errors.reasons.<reason>` when the use-case gave one ("last owner" → last-owner), else
 * `errors.codes.<CODE>`.
 */
export function useFormErrors(namespace: "admin" | "institution", state: ActionState<unknown>) {
  const t = useTranslations(namespace);
  const tr = (key: string) => (t.has(key) ? t(key) : t("errors.invalid"));
  const failed = state && !state.ok ? state : null;
  const field = (name: string): string[] | undefined => failed?.fieldErrors?.[name]?.map(tr);
  let summary: string | null = null;
  if (failed?.fieldErrors) summary = t("errors.summary");
  else if (failed) {
    const reason = `errors.reasons.${(failed.formError ?? "").replace(/\s+/g, "-")}`;
    summary = failed.formError && t.has(reason) ? t(reason) : tr(`errors.codes.${failed.code ?? "UNKNOWN"}`);
  }
  return { field, summary };
}
