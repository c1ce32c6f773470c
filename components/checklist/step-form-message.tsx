"use client";
// The answer above the step form, focused when it arrives: saved, a conflict naming who changed
// the step and when, a refusal by a rule (in the rule engine's own words), missing evidence (each
// a link to its field), or the field errors as an error summary (each a link that focuses it).
import type { RefObject } from "react";
import { Alert, Heading } from "@/components/ds";
import { useTranslations } from "next-intl";
import { STEP_RULE_MESSAGES, type TEvidenceField } from "@/lib/onboarding";
import { evidenceKeyLabel } from "@/lib/onboarding/evidence-labels";
import type { TStepActionState } from "@/lib/validation/checklist";
import { FormErrorSummary, focusField, type TFormError } from "@/components/forms/feedback";

/** The id of the input (or group) of a field error key: "evidence.certificates.0.expiresOn" →
 * "ev-certificates-0-expiresOn" (evidence-field.tsx), a missing key's list → its fieldset. */
export function stepFieldId(key: string): string {
  if (key.startsWith("evidence.")) return `ev-${key.slice("evidence.".length).replace(/[^\w-]/g, "-")}`;
  return key;
}
/** A missing-evidence key ("certificates.production", "testCases.0.result") → the field to go to. */
export function missingFieldId(key: string): string {
  const parts = key.split(".");
  // a row's field exists as an input; anything else points at its top-level field
  return /^\d+$/.test(parts[1] ?? "") && parts.length === 3 ? `ev-${parts.join("-")}` : `ev-${parts[0]}`;
}

export function StepFormMessage(props: {
  state: TStepActionState;
  locale: "nb" | "en";
  fields: readonly TEvidenceField[];
  conflictTime: (iso: string) => string;
  /** Translated field errors, in form order. */
  errors: TFormError[];
  focusRef: RefObject<HTMLDivElement | null>;
}) {
  const t = useTranslations("checklist.form");
  const { state, locale, focusRef } = props;
  if (!state) return null;
  if (state.ok) {
    return <Alert ref={focusRef} tabIndex={-1} data-color="success" data-size="sm" role="status">{t("saved")}</Alert>;
  }
  const label = (key: string) => evidenceKeyLabel(key, props.fields, locale);
  if (state.conflict) {
    return (
      <Alert ref={focusRef} tabIndex={-1} data-color="warning" data-size="sm" role="alert">
        <Heading level={3} data-size="2xs">{t("conflictTitle")}</Heading>
        <p>{t("conflict", { name: state.conflict.updatedBy ?? t("someone"), time: state.conflict.updatedAt ? props.conflictTime(state.conflict.updatedAt) : "?" })}</p>
      </Alert>
    );
  }
  let text: string;
  if (state.rule && state.rule in STEP_RULE_MESSAGES) {
    text = STEP_RULE_MESSAGES[state.rule as keyof typeof STEP_RULE_MESSAGES][locale];
  } else if (state.rule && t.has(`errors.rules.${state.rule}`)) {
    text = t(`errors.rules.${state.rule}`);
  } else {
    text = state.fieldErrors ? t("errors.summary") : t(`errors.codes.${state.code ?? "UNKNOWN"}`);
  }
  const missing: TFormError[] = (state.missing ?? []).map((m) => ({ fieldId: missingFieldId(m), message: label(m) }));
  if (missing.length) {
    return (
      <Alert ref={focusRef} tabIndex={-1} data-color="danger" data-size="sm" role="alert">
        <p>{text}</p>
        <p className="mt-1 font-medium">{t("missing")}</p>
        <ul className="list-disc pl-5">
          {missing.map((m) => (
            <li key={m.message}>
              <a href={`#${m.fieldId}`} className="ds-link" onClick={(e) => { if (focusField(m.fieldId)) e.preventDefault(); }}>{m.message}</a>
            </li>
          ))}
        </ul>
      </Alert>
    );
  }
  if (props.errors.length) {
    // a rule that names a field (REASON_REQUIRED) says so in the summary's heading
    return <FormErrorSummary ref={focusRef} heading={state.fieldErrors && !state.rule ? t("errors.summary") : text} errors={props.errors} />;
  }
  return <Alert ref={focusRef} tabIndex={-1} data-color="danger" data-size="sm" role="alert">{text}</Alert>;
}
