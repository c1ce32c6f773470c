"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/errors/app-error";

type ErrorsTranslator = ReturnType<typeof useTranslations<"admin.errors">> | ReturnType<typeof useTranslations<"institution.errors">>;

/**
 * Translates what an action returned: field errors are message keys "errors.<key>" of the area
 * (e.g. "errors.orgnr.wrong-check-digit"); a failure without fields maps to
 * `errors.reasons.<reason>` when the use-case gave one ("last owner" → last-owner), else
 * `errors.codes.<CODE>`.
 */
function formErrors(t: ErrorsTranslator, state: ActionState<unknown>) {
  const has = (key: string) => t.has(key as never);
  const say = (key: string) => t(key as never);
  const tr = (key: string) => {
    const inErrors = key.replace(/^errors\./, "");
    return has(inErrors) ? say(inErrors) : say("invalid");
  };
  const failed = state && !state.ok ? state : null;
  const field = (name: string): string[] | undefined => failed?.fieldErrors?.[name]?.map(tr);
  let summary: string | null = null;
  if (failed?.fieldErrors) summary = say("summary");
  else if (failed) {
    const reason = `reasons.${(failed.formError ?? "").replace(/\s+/g, "-")}`;
    summary = failed.formError && has(reason) ? say(reason) : tr(`codes.${failed.code ?? "UNKNOWN"}`);
  }
  return { field, summary };
}

// One hook per area with a literal namespace: pages send only the messages their client
// components name (i18n/client-messages.test.ts reads these).
export const useAdminFormErrors = (state: ActionState<unknown>) => formErrors(useTranslations("admin.errors"), state);
export const useInstitutionFormErrors = (state: ActionState<unknown>) => formErrors(useTranslations("institution.errors"), state);
