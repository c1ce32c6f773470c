"use client";
// The summary above the step form: saved, refused by a rule (in the rule engine's own words),
// missing evidence, or a conflict naming who changed the step and when.
import { Alert } from "@/components/ds";
import { useTranslations } from "next-intl";
import { STEP_RULE_MESSAGES, type TEvidenceField } from "@/lib/onboarding";
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
  // "certificates.production" → "Virksomhetssertifikater · Produksjon";
  // "testCases.0.result" → "Testtilfeller · rad 1 · Resultat": every part in the user's language.
  const label = (key: string) => {
    const [top, ...rest] = key.split(".");
    const f = props.fields.find((x) => x.key === top);
    if (!f) return key;
    const parts = [f.label[locale]];
    for (const part of rest) {
      const option = f.options?.find((o) => o.value === part) ?? f.itemFields?.flatMap((i) => i.options ?? []).find((o) => o.value === part);
      const item = f.itemFields?.find((i) => i.key === part);
      if (/^\d+$/.test(part)) parts.push(locale === "nb" ? `rad ${Number(part) + 1}` : `row ${Number(part) + 1}`);
      else parts.push(item?.label[locale] ?? option?.label[locale] ?? part);
    }
    return parts.join(" · ");
  };
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
