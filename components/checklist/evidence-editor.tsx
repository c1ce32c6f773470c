"use client";
// The evidence form of a step, rendered generically from evidenceFields(key). Lists (A-2's
// certificates, C-4's test cases) get a fieldset per row with add/remove buttons.
import { useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { PlusIcon, TrashIcon } from "@navikt/aksel-icons";
import type { TEvidenceField } from "@/lib/onboarding";
import { EvidenceField } from "./evidence-field";
import { Button } from "@/components/ds";
import { FormSection } from "@/components/forms/form-section";
import { ConfirmDialog } from "@/components/forms/confirm-action";

type Values = Record<string, unknown>;

export function EvidenceEditor(props: {
  fields: readonly TEvidenceField[];
  values: Values;
  onChange: (v: Values) => void;
  /** Translated errors by key ("evidence.<field>" or "evidence.<list>.<row>.<field>"). */
  errors: Record<string, string>;
  disabled?: boolean;
}) {
  const { fields, values, onChange, errors, disabled } = props;
  const t = useTranslations("checklist.evidence");
  const locale = useLocale() === "en" ? "en" : "nb";
  const set = (key: string, v: unknown) => onChange({ ...values, [key]: v });
  // a row with something filled in is removed after a confirm; an empty row at once
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [removing, setRemoving] = useState<{ key: string; label: string; index: number } | null>(null);
  const removeRow = (key: string, index: number) => {
    const rows = Array.isArray(values[key]) ? (values[key] as Values[]) : [];
    const next = rows.filter((_, j) => j !== index);
    onChange({ ...values, [key]: next });
  };
  return (
    <div className="space-y-4">
      {!disabled && <input type="hidden" name="ev.__present" value="1" />}
      {fields.map((f) => {
        if (f.type !== "list") {
          return <EvidenceField key={f.key} field={f} name={`ev.${f.key}`} value={values[f.key]} onChange={(v) => set(f.key, v)} error={errors[`evidence.${f.key}`]} disabled={disabled} />;
        }
        const rows = Array.isArray(values[f.key]) ? (values[f.key] as Values[]) : [];
        const setRow = (i: number, row: Values) => set(f.key, rows.map((r, j) => (j === i ? row : r)));
        return (
          <FormSection key={f.key} id={`ev-${f.key}`} legend={f.label[locale]} size="sm">
            {rows.length === 0 && <p className="text-sm">{t("noRows")}</p>}
            {rows.map((row, i) => (
              <FormSection key={i} id={`ev-${f.key}-${i}`} legend={t("row", { label: f.label[locale], n: i + 1 })} size="sm" variant="tinted"
                className="app-evidence-row"
                action={!disabled && (
                  <Button type="button" variant="tertiary" data-color="danger" data-size="sm" icon
                    aria-label={t("removeRow", { label: f.label[locale], n: i + 1 })}
                    onClick={() => {
                      const filled = Object.values(row).some((v) => v !== undefined && v !== "" && v !== false && !(Array.isArray(v) && v.length === 0));
                      if (!filled) return removeRow(f.key, i);
                      setRemoving({ key: f.key, label: f.label[locale], index: i });
                      dialogRef.current?.showModal();
                    }}
                  >
                    <TrashIcon aria-hidden />
                  </Button>
                )}
              >
                <div className="grid gap-3 sm:grid-cols-2">
                  {f.itemFields?.map((sub) => (
                    <EvidenceField key={sub.key} field={sub} name={`ev.${f.key}.${i}.${sub.key}`} value={row[sub.key]} disabled={disabled}
                      error={errors[`evidence.${f.key}.${i}.${sub.key}`]} onChange={(v) => setRow(i, { ...row, [sub.key]: v })} />
                  ))}
                </div>
              </FormSection>
            ))}
            {!disabled && (
              <Button type="button" onClick={() => set(f.key, [...rows, {}])} variant="secondary" data-size="sm">
                <PlusIcon aria-hidden />
                {t("addRow", { label: f.label[locale] })}
              </Button>
            )}
          </FormSection>
        );
      })}
      <ConfirmDialog
        dialogRef={dialogRef}
        title={t("confirmRemoveTitle", { n: (removing?.index ?? 0) + 1 })}
        confirmLabel={t("confirmRemove")}
        onConfirm={() => removing && removeRow(removing.key, removing.index)}
      >
        {t("confirmRemoveText", { label: removing?.label ?? "", n: (removing?.index ?? 0) + 1 })}
      </ConfirmDialog>
    </div>
  );
}
