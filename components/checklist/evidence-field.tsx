"use client";
// One evidence input rendered from its description (lib/onboarding evidenceFields): text,
// textarea, date, url, email, org number, yes/no, select, multi-choice. Controlled, so the
// user's input survives a refused or conflicting save.
import { useLocale, useTranslations } from "next-intl";
import type { TEvidenceField } from "@/lib/onboarding";
import { INPUT } from "@/components/forms/fields";
import { ValidationMessage } from "@/components/ds";
import { DateFormatHint, DateInput } from "@/components/forms/date-input";

const TYPE: Partial<Record<TEvidenceField["type"], string>> = { url: "url", email: "email" };

export function EvidenceField(props: {
  field: TEvidenceField;
  name: string;
  value: unknown;
  onChange: (v: unknown) => void;
  /** What is wrong with the value and how to fix it (translated). */
  error?: string;
  disabled?: boolean;
}) {
  const { field, name, value, onChange, error, disabled } = props;
  const t = useTranslations("checklist.evidence");
  const locale = useLocale() === "en" ? "en" : "nb";
  const id = name.replace(/[^\w-]/g, "-");
  const label = `${field.label[locale]}${field.required === true ? "" : ` (${t("optional")})`}`;
  const hint = field.type === "date" ? <DateFormatHint locale={locale} /> : null;
  const common = { id, name, disabled, "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${id}-error` : undefined };
  const errorText = error && <ValidationMessage id={`${id}-error`} data-size="sm">{error}</ValidationMessage>;
  if (field.type === "boolean") {
    return (
      <div className="flex items-center gap-2">
        <input type="checkbox" {...common} checked={value === true} onChange={(e) => onChange(e.target.checked)} className="ds-input" />
        <label htmlFor={id} className="font-medium">{label}</label>
        {errorText}
      </div>
    );
  }
  if (field.type === "multiselect") {
    const list = Array.isArray(value) ? (value as string[]) : [];
    return (
      <fieldset id={id} className="space-y-1" aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="font-medium">{label}</legend>
        {field.options?.map((o) => (
          <div key={o.value} className="flex items-center gap-2">
            <input type="checkbox" id={`${id}-${o.value.replace(/[^\w-]/g, "-")}`} name={name} value={o.value} disabled={disabled} checked={list.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...list, o.value] : list.filter((v) => v !== o.value))} className="ds-input" />
            <label htmlFor={`${id}-${o.value.replace(/[^\w-]/g, "-")}`} className="break-all">{o.label[locale]}</label>
          </div>
        ))}
        {errorText}
      </fieldset>
    );
  }
  const str = typeof value === "string" ? value : "";
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">{label}{hint}</label>
      {field.type === "select" ? (
        <select {...common} value={str} onChange={(e) => onChange(e.target.value)} className={INPUT}>
          <option value="">{t("choose")}</option>
          {field.options?.map((o) => <option key={o.value} value={o.value}>{o.label[locale]}</option>)}
        </select>
      ) : field.type === "textarea" ? (
        <textarea {...common} rows={3} value={str} onChange={(e) => onChange(e.target.value)} className={INPUT} />
      ) : field.type === "date" ? (
        <DateInput {...common} value={str} onChange={onChange} />
      ) : (
        <input {...common} type={TYPE[field.type] ?? "text"} inputMode={field.type === "orgnr" ? "numeric" : undefined} value={str}
          onChange={(e) => onChange(e.target.value)} className={INPUT} />
      )}
      {errorText}
    </div>
  );
}
