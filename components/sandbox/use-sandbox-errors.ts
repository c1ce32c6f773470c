"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/errors/app-error";

/** Field errors and a summary from an action's answer; keys under sandbox "errors". */
export function useSandboxErrors(state: ActionState<unknown>) {
  const t = useTranslations("sandbox.errors");
  const failed = state && !state.ok ? state : null;
  const tr = (key: string) => (t.has(key) ? t(key) : t("invalid"));
  return {
    field: (name: string) => failed?.fieldErrors?.[name]?.map(tr),
    summary: failed ? (failed.fieldErrors ? t("summary") : tr(failed.code ?? "failed")) : null,
  };
}
