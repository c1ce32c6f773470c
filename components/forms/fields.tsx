// Shared form bits: label above the input, errors next to the field (aria-describedby +
// aria-invalid), a status/alert summary. Errors arrive already translated.
import type { ReactNode } from "react";

/** The look of every text input, select and textarea. */
export const INPUT = "rounded border border-slate-500 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm text-red-800">
      {errors.join(" ")}
    </p>
  );
}

interface BaseProps {
  id: string;
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
}

export function TextField({
  id, name, label, errors, hint, type = "text", defaultValue, required, autoComplete, inputMode, lang,
}: BaseProps & {
  type?: "text" | "email" | "password" | "date";
  defaultValue?: string;
  required?: boolean;
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email";
  /** The page's language, for a date field's format. */
  lang?: string;
}) {
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>}
      <input
        id={id}
        name={name}
        type={type}
        lang={lang}
        defaultValue={defaultValue}
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className={INPUT}
      />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function CheckboxField({ id, name, label, errors, defaultChecked }: BaseProps & { defaultChecked?: boolean }) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={defaultChecked}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${id}-error` : undefined}
          className="h-5 w-5"
        />
        <label htmlFor={id} className="font-medium">{label}</label>
      </div>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function SelectField({
  id, name, label, errors, options, defaultValue, hint,
}: BaseProps & { options: { value: string; label: string }[]; defaultValue?: string }) {
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>}
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className={INPUT}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** The summary above a form: success as role=status, failure as role=alert. */
export function FormMessage({ kind, children }: { kind: "success" | "error"; children: ReactNode }) {
  return kind === "success" ? (
    <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">{children}</p>
  ) : (
    <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-red-800">{children}</p>
  );
}

export function SubmitButton({ pending, children, pendingText, variant = "primary" }: {
  pending: boolean;
  children: ReactNode;
  pendingText?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const style =
    variant === "primary"
      ? "bg-brand text-white hover:bg-brand-dark"
      : variant === "danger"
        ? "border border-red-700 text-red-800 hover:bg-red-50"
        : "border border-brand text-brand hover:bg-slate-100";
  return (
    <button type="submit" disabled={pending} className={`rounded px-4 py-2 font-semibold disabled:opacity-60 ${style}`}>
      {pending && pendingText ? pendingText : children}
    </button>
  );
}
