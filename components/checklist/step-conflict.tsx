"use client";
// After a conflicting save (issue 13): the fields both people changed, each theirs against mine
// with a choice ("Behold min" / "Bruk deres"). Every other field of the other person's version
// is already in the form; the next save goes on top of their version.
import { useLocale, useTranslations } from "next-intl";
import { Fieldset, FieldsetLegend, Heading, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { formatDate, formatDateTime, toDateLocale } from "@/lib/format/dates";
import type { TEvidenceField } from "@/lib/onboarding";
import { evidenceKeyLabel } from "@/lib/onboarding/evidence-labels";
import type { TMergeConflict } from "@/lib/onboarding/merge-step";
import type { TStepConflict } from "@/lib/validation/checklist";

export type TConflictChoice = "mine" | "theirs";

/** The id of a conflicting field's group (its first radio is focused from the error summary). */
export const conflictFieldId = (field: string) => `conflict-${field.replace(/[^\w-]/g, "-")}`;

export function StepConflict({ conflict, fields, choices, onChoose, missingChoice }: {
  conflict: TStepConflict;
  fields: readonly TEvidenceField[];
  choices: Record<string, TConflictChoice | undefined>;
  onChoose: (field: string, choice: TConflictChoice) => void;
  /** Show "choose one" on the fields still without a choice (after a save was tried). */
  missingChoice: boolean;
}) {
  const t = useTranslations("checklist.form.conflictView");
  const tf = useTranslations("checklist.form");
  const ts = useTranslations("checklist.status");
  const locale = useLocale() === "en" ? "en" : "nb";
  const dateLocale = toDateLocale(locale);
  const name = conflict.updatedBy ?? tf("someone");
  const time = conflict.updatedAt ? formatDateTime(conflict.updatedAt, dateLocale) : "?";
  const list = conflict.conflicts ?? [];

  const label = (field: string) => {
    if (field === "status") return tf("status");
    if (field === "dueDate") return tf("dueDate");
    if (field === "reason") return tf("reason");
    return evidenceKeyLabel(field.slice("evidence.".length), fields, locale);
  };
  const scalar = (f: TEvidenceField | undefined, v: unknown): string => {
    if (typeof v === "boolean") return v ? t("yes") : t("no");
    const option = f?.options?.find((o) => o.value === v);
    if (option) return option.label[locale];
    if (f?.type === "date" && typeof v === "string" && v) return formatDate(v, dateLocale);
    return String(v);
  };
  const show = (c: TMergeConflict, v: unknown): string => {
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)) return t("empty");
    if (c.field === "status") return ts(v as never);
    if (c.field === "dueDate") return formatDate(String(v), dateLocale);
    if (c.field === "reason") return String(v);
    const f = fields.find((x) => x.key === c.field.slice("evidence.".length));
    if (!Array.isArray(v)) return typeof v === "object" ? JSON.stringify(v) : scalar(f, v);
    return v
      .map((row) =>
        row && typeof row === "object"
          ? Object.entries(row as Record<string, unknown>)
              .filter(([, x]) => x !== undefined && x !== "")
              .map(([k, x]) => `${f?.itemFields?.find((i) => i.key === k)?.label[locale] ?? k}: ${scalar(f?.itemFields?.find((i) => i.key === k), x)}`)
              .join(", ")
          : scalar(f, row),
      )
      .join("; ");
  };

  return (
    <section aria-labelledby="conflict-title" className="space-y-4 rounded border-2 border-amber-500 bg-amber-50 p-4" data-testid="step-conflict">
      <Heading level={3} id="conflict-title" data-size="xs">{t("title", { name })}</Heading>
      <p>{t("intro", { name, time })}</p>
      {list.length === 0 ? (
        <p>{t("noConflicts")}</p>
      ) : (
        <>
          <p>{t("choose", { count: list.length })}</p>
          {list.map((c) => {
            const id = conflictFieldId(c.field);
            const missing = missingChoice && !choices[c.field];
            return (
              <Fieldset key={c.field} id={id} className="rounded border border-slate-300 bg-white p-3" aria-describedby={missing ? `${id}-error` : undefined}>
                <FieldsetLegend>{label(c.field)}</FieldsetLegend>
                <Table data-size="sm" className="my-2">
                  <TableHead>
                    <TableRow>
                      <TableHeaderCell>{t("theirs", { name })}</TableHeaderCell>
                      <TableHeaderCell>{t("mine")}</TableHeaderCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    <TableRow>
                      <TableCell className="whitespace-pre-line break-words">{show(c, c.theirs)}</TableCell>
                      <TableCell className="whitespace-pre-line break-words">{show(c, c.mine)}</TableCell>
                    </TableRow>
                  </TableBody>
                </Table>
                <div className="flex flex-wrap gap-4">
                  {(["mine", "theirs"] as const).map((side) => (
                    <label key={side} className="flex items-center gap-2">
                      <input type="radio" className="ds-input" name={`choice.${c.field}`} value={side} checked={choices[c.field] === side}
                        onChange={() => onChoose(c.field, side)} />
                      {side === "mine" ? t("keepMine") : t("useTheirs")}
                    </label>
                  ))}
                </div>
                {missing && <p id={`${id}-error`} className="mt-1 font-medium text-red-800">{t("chooseOne")}</p>}
              </Fieldset>
            );
          })}
        </>
      )}
    </section>
  );
}
