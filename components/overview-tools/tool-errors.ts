"use client";
// What an overview tool's action said, in the overviewTools messages: field errors are keys
// ("errors.notMember"), a refusal without a field is the use-case's reason ("out-of-scope").
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/errors/app-error";
import type { TFormError } from "@/components/forms/feedback";

const REASONS: Record<string, string> = {
  "out-of-scope": "errors.outOfScope",
  "no-recipients": "errors.noRecipients",
  "step-not-in-checklist": "errors.stepNotInChecklist",
  "view-not-found": "errors.viewNotFound",
  "too-many-views": "errors.tooManyViews",
};

export function useToolErrors(state: ActionState<unknown>) {
  const t = useTranslations("overviewTools");
  const say = (key: string) => (t.has(key as never) ? t(key as never) : t("errors.generic"));
  const failed = state && !state.ok ? state : null;
  const field = (name: string): string[] | undefined => failed?.fieldErrors?.[name]?.map(say);
  const formError = failed && !failed.fieldErrors ? say(REASONS[failed.formError ?? ""] ?? (failed.code === "NOT_FOUND" ? "errors.outOfScope" : "errors.generic")) : null;
  const list = (ids: Record<string, string>): TFormError[] =>
    failed?.fieldErrors ? Object.entries(failed.fieldErrors).flatMap(([name, keys]) => keys.map((k) => ({ fieldId: ids[name] ?? ids._form ?? name, message: say(k) }))) : [];
  return { field, formError, list, summary: failed?.fieldErrors ? t("errors.summary") : null };
}
