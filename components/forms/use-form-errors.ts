"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/errors/app-error";
import { fieldMessageKey } from "@/lib/validation/field-message";
import type { TFormError } from "./feedback";

type ErrorsTranslator = ReturnType<typeof useTranslations<"admin.errors">> | ReturnType<typeof useTranslations<"institution.errors">>;

/**
 * Translates what an action returned: field errors are message keys "errors.<key>" of the area
 * (e.g. "errors.orgnr.wrong-check-digit"), said in the field's own words where the area has them
 * ("fields.<field>.<key>", lib/validation/field-message); a failure without fields maps to
 * `errors.reasons.<reason>` when the use-case gave one ("last owner" → last-owner), else
 * `errors.codes.<CODE>`. `list(ids)` is the error summary: every field error with its input's id.
 */
export function formErrors(t: ErrorsTranslator, state: ActionState<unknown>) {
  const has = (key: string) => t.has(key as never);
  const say = (key: string) => t(key as never);
  const tr = (key: string, name?: string) => say(fieldMessageKey(has, key, name));
  const failed = state && !state.ok ? state : null;
  const field = (name: string): string[] | undefined => failed?.fieldErrors?.[name]?.map((key) => tr(key, name));
  let summary: string | null = null;
  let formError: string | null = null;
  if (failed?.fieldErrors) summary = say("summary");
  else if (failed) {
    const reason = `reasons.${(failed.formError ?? "").replace(/\s+/g, "-")}`;
    summary = failed.formError && has(reason) ? say(reason) : tr(`codes.${failed.code ?? "UNKNOWN"}`);
    formError = summary;
  }
  /** Every field error, in the order of `ids` (field name → input id), for the error summary. */
  const list = (ids: Record<string, string>): TFormError[] => {
    if (!failed?.fieldErrors) return [];
    const names = [...Object.keys(ids), ...Object.keys(failed.fieldErrors).filter((n) => !(n in ids))];
    return names.flatMap((name) => (field(name) ?? []).map((message) => ({ fieldId: ids[name] ?? name, message })));
  };
  return { field, summary, formError, list };
}

// One hook per area with a literal namespace: pages send only the messages their client
// components name (i18n/client-messages.test.ts reads these).
export const useAdminFormErrors = (state: ActionState<unknown>) => formErrors(useTranslations("admin.errors"), state);
export const useInstitutionFormErrors = (state: ActionState<unknown>) => formErrors(useTranslations("institution.errors"), state);
