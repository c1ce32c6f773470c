// The list pages' filter forms (overview, activity, audit, users) on Designsystemet: GET forms,
// so a filtered view lives in the URL and works without JavaScript. Every control (text, search,
// select, date, the apply button) is Designsystemet's default size, so they line up at one height.
import type { ReactNode } from "react";
import { Button, Field, Fieldset, FieldsetLegend, Input, Label, Search, SearchInput, Select } from "@/components/ds";
import { DateFormatHint, DateInput } from "@/components/forms/date-input";
import { toDateLocale } from "@/lib/format/dates";

export function FilterForm(props: {
  label: string;
  /** "search" for a form whose main job is finding (the overview, users). */
  search?: boolean;
  apply: string;
  reset?: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <form method="get" role={props.search ? "search" : undefined} aria-label={props.label} className="ds-card app-filters">
      {props.children}
      <div className="app-filters-actions">
        <Button type="submit" variant="primary">{props.apply}</Button>
        {props.reset && <a href={props.reset.href} className="ds-link">{props.reset.label}</a>}
      </div>
    </form>
  );
}

type TFieldProps = { id: string; name: string; label: string; defaultValue?: string };

/** A free-text filter with Designsystemet's Search look (magnifier icon). */
export function FilterSearch({ id, name, label, defaultValue }: TFieldProps) {
  return (
    <Field className="app-filter app-filter-wide">
      <Label htmlFor={id}>{label}</Label>
      <Search>
        <SearchInput id={id} name={name} defaultValue={defaultValue ?? ""} autoComplete="off" />
      </Search>
    </Field>
  );
}

export function FilterText({ id, name, label, defaultValue }: TFieldProps) {
  return (
    <Field className="app-filter">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} name={name} defaultValue={defaultValue ?? ""} />
    </Field>
  );
}

export function FilterDate({ id, name, label, defaultValue, lang }: TFieldProps & { lang: string }) {
  return (
    <Field className="app-filter">
      <Label htmlFor={id}>{label}<DateFormatHint locale={toDateLocale(lang)} /></Label>
      <DateInput id={id} name={name} defaultValue={defaultValue ?? ""} />
    </Field>
  );
}

export function FilterSelect({ id, name, label, defaultValue, options }: TFieldProps & { options: { value: string; label: string }[] }) {
  return (
    <Field className="app-filter">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} name={name} defaultValue={defaultValue ?? ""}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </Select>
    </Field>
  );
}

/** Yes/no filters as a row of checkboxes under one legend. */
export function FilterChecks({ legend, items }: { legend: string; items: { id: string; name: string; label: string; checked: boolean }[] }) {
  return (
    <Fieldset className="app-filter-checks">
      <FieldsetLegend>{legend}</FieldsetLegend>
      <div className="flex flex-wrap gap-x-6 gap-y-1">
        {items.map((i) => (
          <Field key={i.id}>
            <Input type="checkbox" id={i.id} name={i.name} defaultChecked={i.checked} />
            <Label htmlFor={i.id} weight="regular">{i.label}</Label>
          </Field>
        ))}
      </div>
    </Fieldset>
  );
}
