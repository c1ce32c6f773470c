"use client";
// A date field in the page's format (dd.mm.åååå), not the browser's: Chromium's native date
// input shows mm/dd/yyyy to an English browser on a Norwegian page. The field posts what was
// typed (so it works without JavaScript; the schemas read it with parseDateInput) and reports
// the ISO day to a controlled parent as soon as the text is a real date.
import { useState, type ComponentProps } from "react";
import { Input } from "@/components/ds";
import { DATE_INPUT_FORMAT, formatDateInput, parseDateInput, type TDateLocale } from "@/lib/format/dates";

type TInputProps = Omit<ComponentProps<typeof Input>, "type" | "value" | "defaultValue" | "onChange">;

export function DateInput({
  value,
  defaultValue,
  onChange,
  ...rest
}: TInputProps & {
  /** Controlled: the ISO day (or the text as typed while it is not a date yet). */
  value?: string;
  defaultValue?: string;
  onChange?: (isoOrText: string) => void;
}) {
  const initial = value ?? defaultValue ?? "";
  const [text, setText] = useState(() => formatDateInput(initial));
  const [reported, setReported] = useState(initial);
  // The parent changed the value itself (a reset, another person's version loaded): show it,
  // unless it is just what the current text already means.
  if (value !== undefined && value !== reported) {
    setReported(value);
    if ((parseDateInput(text) ?? text) !== value) setText(formatDateInput(value));
  }
  return (
    <Input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      value={text}
      onChange={(e) => {
        const typed = e.target.value;
        const next = parseDateInput(typed) ?? typed;
        setText(typed);
        setReported(next);
        onChange?.(next);
      }}
    />
  );
}

/** The format a date field asks for, for its label: "(dd.mm.åååå)". */
export function DateFormatHint({ locale }: { locale: TDateLocale }) {
  return <span className="app-hint"> ({DATE_INPUT_FORMAT[locale]})</span>;
}
