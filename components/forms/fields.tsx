// Shared form bits on Designsystemet: label above the input, errors as a ValidationMessage under
// the field (aria-describedby + aria-invalid, set here so they hold before hydration too), a
// status/alert summary. Errors arrive already translated.
import type { ReactNode } from "react";
import {
  Alert,
  Field,
  FieldDescription,
  Fieldset,
  FieldsetLegend,
  Input,
  Label,
  Select,
  ValidationMessage,
} from "@/components/ds";
import { DateFormatHint, DateInput } from "@/components/forms/date-input";
import { toDateLocale } from "@/lib/format/dates";

/** The class of every text input, select and textarea not built from the components below
 *  (Designsystemet's input look: one height for all). */
export const INPUT = "ds-input";

function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return <ValidationMessage id={id}>{errors.join(" ")}</ValidationMessage>;
}

interface BaseProps {
  id: string;
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
}

function describedBy(id: string, hint?: string, errors?: string[]) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function TextField({
  id, name, label, errors, hint, type = "text", defaultValue, required, autoComplete, inputMode, lang,
}: BaseProps & {
  type?: "text" | "email" | "password" | "date";
  defaultValue?: string;
  required?: boolean;
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email";
  /** The page's language: a date field's format is shown in it. */
  lang?: string;
}) {
  const common = {
    id,
    name,
    defaultValue,
    required,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy(id, hint, errors),
  } as const;
  return (
    <Field>
      <Label htmlFor={id}>
        {label}
        {type === "date" && <DateFormatHint locale={toDateLocale(lang ?? "nb")} />}
      </Label>
      {hint && <FieldDescription id={`${id}-hint`}>{hint}</FieldDescription>}
      {type === "date" ? (
        <DateInput {...common} />
      ) : (
        <Input {...common} type={type} autoComplete={autoComplete} inputMode={inputMode} />
      )}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </Field>
  );
}

export function CheckboxField({ id, name, label, errors, defaultChecked }: BaseProps & { defaultChecked?: boolean }) {
  return (
    <Field>
      <Input
        type="checkbox"
        id={id}
        name={name}
        defaultChecked={defaultChecked}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
      />
      <Label htmlFor={id} weight="regular">{label}</Label>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </Field>
  );
}

export function SelectField({
  id, name, label, errors, options, defaultValue, hint, onChange,
}: BaseProps & { options: { value: string; label: string }[]; defaultValue?: string; onChange?: (value: string) => void }) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {hint && <FieldDescription id={`${id}-hint`}>{hint}</FieldDescription>}
      <Select
        id={id}
        name={name}
        defaultValue={defaultValue}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </Select>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </Field>
  );
}

/** The summary above a form: success as role=status, failure as role=alert. */
export function FormMessage({ kind, children }: { kind: "success" | "error"; children: ReactNode }) {
  return kind === "success" ? (
    <Alert data-color="success" role="status" data-size="sm">{children}</Alert>
  ) : (
    <Alert data-color="danger" role="alert" data-size="sm">{children}</Alert>
  );
}

/** One choice of a few, as Designsystemet radios under a legend (a fieldset). */
export function RadioGroupField({
  id, name, legend, options, defaultValue, errors, hint,
}: { id: string; name: string; legend: string; options: { value: string; label: string }[]; defaultValue?: string; errors?: string[]; hint?: string }) {
  return (
    <Fieldset id={id} aria-describedby={describedBy(id, hint, errors)}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {hint && <FieldDescription id={`${id}-hint`}>{hint}</FieldDescription>}
      {options.map((o, i) => (
        <Field key={o.value}>
          <Input
            type="radio"
            id={i === 0 ? `${id}-input` : `${id}-${o.value}`}
            name={name}
            value={o.value}
            defaultChecked={(defaultValue ?? options[0]?.value) === o.value}
            aria-invalid={errors?.length ? true : undefined}
          />
          <Label htmlFor={i === 0 ? `${id}-input` : `${id}-${o.value}`} weight="regular">{o.label}</Label>
        </Field>
      ))}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </Fieldset>
  );
}
