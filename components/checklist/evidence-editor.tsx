"use client";
// The evidence form of a step, rendered generically from evidenceFields(key). Lists (A-2's
// certificates, C-4's test cases) get a fieldset per row with add/remove buttons.
import { useLocale, useTranslations } from "next-intl";
import type { TEvidenceField } from "@/lib/onboarding";
import { EvidenceField } from "./evidence-field";
import { Button } from "@/components/ds";

type Values = Record<string, unknown>;

export function EvidenceEditor(props: {
  fields: readonly TEvidenceField[];
  values: Values;
  onChange: (v: Values) => void;
  errors: Record<string, string[]>;
  disabled?: boolean;
}) {
  const { fields, values, onChange, errors, disabled } = props;
  const t = useTranslations("checklist.evidence");
  const locale = useLocale() === "en" ? "en" : "nb";
  const set = (key: string, v: unknown) => onChange({ ...values, [key]: v });
  return (
    <div className="space-y-4">
      {!disabled && <input type="hidden" name="ev.__present" value="1" />}
      {fields.map((f) => {
        if (f.type !== "list") {
          return <EvidenceField key={f.key} field={f} name={`ev.${f.key}`} value={values[f.key]} onChange={(v) => set(f.key, v)} error={!!errors[`evidence.${f.key}`]} disabled={disabled} />;
        }
        const rows = Array.isArray(values[f.key]) ? (values[f.key] as Values[]) : [];
        const setRow = (i: number, row: Values) => set(f.key, rows.map((r, j) => (j === i ? row : r)));
        return (
          <fieldset key={f.key} className="space-y-3 rounded border border-slate-300 p-3">
            <legend className="px-1 font-semibold">{f.label[locale]}</legend>
            {rows.length === 0 && <p className="text-sm text-slate-700">{t("noRows")}</p>}
            {rows.map((row, i) => (
              <fieldset key={i} className="grid gap-3 rounded bg-slate-50 p-3 sm:grid-cols-2">
                <legend className="text-sm font-medium">{t("row", { label: f.label[locale], n: i + 1 })}</legend>
                {f.itemFields?.map((sub) => (
                  <EvidenceField key={sub.key} field={sub} name={`ev.${f.key}.${i}.${sub.key}`} value={row[sub.key]} disabled={disabled}
                    error={!!errors[`evidence.${f.key}.${i}.${sub.key}`]} onChange={(v) => setRow(i, { ...row, [sub.key]: v })} />
                ))}
                {!disabled && (
                  <Button type="button" onClick={() => set(f.key, rows.filter((_, j) => j !== i))} variant="secondary" data-color="danger" data-size="sm" className="justify-self-start">
                    {t("removeRow", { n: i + 1 })}
                  </Button>
                )}
              </fieldset>
            ))}
            {!disabled && (
              <Button type="button" onClick={() => set(f.key, [...rows, {}])} variant="secondary" data-size="sm">
                {t("addRow", { label: f.label[locale] })}
              </Button>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
