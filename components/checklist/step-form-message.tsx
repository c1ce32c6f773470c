"use client";
// The summary above the step form: saved, refused by a rule (in the rule engine's own words),
// missing evidence, or a conflict naming who changed the step and when.
import { Alert } from "@/components/ds";
import { useTranslations } from "next-intl";
import { STEP_RULE_MESSAGES, type TEvidenceField } from "@/lib/onboarding";
import { evidenceKeyLabel } from "@/lib/onboarding/evidence-labels";
import type { TStepActionState } from "@/lib/validation/checklist";

export function StepFormMessage(props: { state: TStepActionState; locale: "nb" | "en"; fields: readonly TEvidenceField[]; conflictTime: (iso: string) => string }) {
  const t = useTranslations("checklist.form");
  const { state, locale } = props;
  if (!state) return null;
  if (state.ok) return <Alert data-color="success" data-size="sm" role="status">{t("saved")}</Alert>;
  let text: string;
  if (state.conflict) {
    text = t("conflict", { name: state.conflict.updatedBy ?? t("someone"), time: state.conflict.updatedAt ? props.conflictTime(state.conflict.updatedAt) : "?" });
  } else if (state.rule && state.rule in STEP_RULE_MESSAGES) {
    text = STEP_RULE_MESSAGES[state.rule as keyof typeof STEP_RULE_MESSAGES][locale];
  } else if (state.rule && t.has(`errors.rules.${state.rule}`)) {
    text = t(`errors.rules.${state.rule}`);
  } else {
    text = state.fieldErrors ? t("errors.summary") : t(`errors.codes.${state.code ?? "UNKNOWN"}`);
  }
  const label = (key: string) => evidenceKeyLabel(key, props.fields, locale);
  return (
    <Alert data-color="danger" data-size="sm" role="alert">
      <p>{text}</p>
      {state.missing && state.missing.length > 0 && (
        <>
          <p className="mt-1 font-medium">{t("missing")}</p>
          <ul className="list-disc pl-5">{state.missing.map((m) => <li key={m}>{label(m)}</li>)}</ul>
        </>
      )}
    </Alert>
  );
}
