"use client";
// The overview's bulk action bar (issue 15): one form (id BULK_FORM) that the rows' checkboxes
// belong to (components/checklist/overview-table-view.tsx). Each action is a submit button
// (name "op"): set a step's due date, assign the responsible coordinator, send a reminder; the
// export buttons post the same selection to the export route as a GET. Once hydrated, a mass
// change asks first (a Designsystemet Dialog); without JavaScript the form posts directly.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Field, Label, Select, ValidationMessage } from "@/components/ds";
import { ConfirmDialog } from "@/components/forms/confirm-action";
import { DateFormatHint, DateInput } from "@/components/forms/date-input";
import { FormFeedback, SubmitButton } from "@/components/forms/feedback";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ActionState } from "@/lib/errors/app-error";
import { formatDate, toDateLocale } from "@/lib/format/dates";
import type { TBulkResult } from "@/lib/server/portfolio/bulk-actions";
import { BULK_FORM } from "./ids";
import { useToolErrors } from "./tool-errors";


type Option = { value: string; label: string };

function selectedCount(): number {
  return document.querySelectorAll(`input[form="${BULK_FORM}"][name="ids"]:checked`).length;
}

export function BulkBar({ action, steps, coordinators, locale }: {
  action: (prev: ActionState<TBulkResult>, formData: FormData) => Promise<ActionState<TBulkResult>>;
  steps: Option[];
  coordinators: Option[];
  locale: string;
}) {
  const t = useTranslations("overviewTools");
  const { state, formAction, pending } = useFormAction(action);
  const errors = useToolErrors(state);
  const [count, setCount] = useState(0);
  const [ask, setAsk] = useState<{ op: string; text: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const submitter = useRef<HTMLElement | null>(null);
  const confirmed = useRef(false);

  useEffect(() => {
    const update = () => setCount(selectedCount());
    update();
    document.addEventListener("overview-selection", update);
    return () => document.removeEventListener("overview-selection", update);
  }, []);

  const ids = { stepKey: "bulk-step", dueDate: "bulk-due", coordinatorId: "bulk-coordinator", message: "bulk-message", ids: "bulk-title", _form: "bulk-title" };
  const value = (name: string) => (formRef.current?.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? "";

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const button = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const op = button?.name === "op" ? button.value : null;
    // the export buttons post natively to the export route; a confirmed action goes through
    if (!op || confirmed.current) {
      confirmed.current = false;
      return;
    }
    e.preventDefault();
    submitter.current = button;
    const coordinator = coordinators.find((c) => c.value === value("coordinatorId"))?.label ?? t("bulk.nobody");
    const due = value("dueDate");
    const text = op === "dueDate"
      ? t("bulk.confirmDue", { step: value("stepKey"), date: /^\d{4}-\d{2}-\d{2}$/.test(due) ? formatDate(due, toDateLocale(locale)) : due })
      : op === "assign" ? t("bulk.confirmAssign", { name: coordinator }) : t("bulk.confirmRemind");
    setAsk({ op, text });
    dialogRef.current?.showModal();
  };

  const success = state?.ok && state.data
    ? state.data.reminded ? t("bulk.reminded", { changed: state.data.changed, people: state.data.reminded.people, emails: state.data.reminded.emails }) : t("bulk.done", { changed: state.data.changed })
    : null;
  const fieldError = (name: string) => {
    const e = errors.field(name);
    return e ? <ValidationMessage id={`${ids[name as keyof typeof ids]}-error`} data-size="sm">{e.join(" ")}</ValidationMessage> : null;
  };

  return (
    <form ref={formRef} id={BULK_FORM} action={formAction} onSubmit={onSubmit} aria-labelledby="bulk-title" className="ds-card space-y-4 p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="bulk-title" className="ds-heading" data-size="xs" tabIndex={-1}>{t("bulk.title")}</h2>
        <p aria-live="polite" className="text-sm" data-testid="bulk-count">{t("bulk.selected", { count })}</p>
      </div>
      <p className="text-sm">{t("bulk.hint")}</p>
      <FormFeedback result={state} success={success} heading={errors.summary ?? undefined} errors={errors.list(ids)} formError={errors.formError} />
      <div className="grid gap-4 md:grid-cols-2">
        <fieldset className="space-y-2">
          <legend className="font-medium">{t("bulk.dueTitle")}</legend>
          <Field>
            <Label htmlFor={ids.stepKey}>{t("bulk.step")}</Label>
            <Select id={ids.stepKey} name="stepKey" defaultValue="" aria-invalid={errors.field("stepKey") ? true : undefined} aria-describedby={errors.field("stepKey") ? `${ids.stepKey}-error` : undefined}>
              <option value="">–</option>
              {steps.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
            </Select>
            {fieldError("stepKey")}
          </Field>
          <Field>
            <Label htmlFor={ids.dueDate}>{t("bulk.dueDate")}<DateFormatHint locale={toDateLocale(locale)} /></Label>
            <DateInput id={ids.dueDate} name="dueDate" defaultValue="" aria-invalid={errors.field("dueDate") ? true : undefined} aria-describedby={errors.field("dueDate") ? `${ids.dueDate}-error` : undefined} />
            {fieldError("dueDate")}
          </Field>
          <SubmitButton pending={pending} pendingText={t("bulk.working")} variant="secondary" name="op" value="dueDate">{t("bulk.dueApply")}</SubmitButton>
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="font-medium">{t("bulk.assignTitle")}</legend>
          <Field>
            <Label htmlFor={ids.coordinatorId}>{t("bulk.assignTo")}</Label>
            <Select id={ids.coordinatorId} name="coordinatorId" defaultValue={coordinators[0]?.value ?? ""} aria-invalid={errors.field("coordinatorId") ? true : undefined}>
              {coordinators.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
              <option value="">{t("bulk.nobody")}</option>
            </Select>
            {fieldError("coordinatorId")}
          </Field>
          <SubmitButton pending={pending} pendingText={t("bulk.working")} variant="secondary" name="op" value="assign">{t("bulk.assignApply")}</SubmitButton>
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="font-medium">{t("bulk.remindTitle")}</legend>
          <Field>
            <Label htmlFor={ids.message}>{t("bulk.message")}</Label>
            <textarea id={ids.message} name="message" rows={2} className="ds-input" aria-invalid={errors.field("message") ? true : undefined} />
            {fieldError("message")}
          </Field>
          <SubmitButton pending={pending} pendingText={t("bulk.working")} variant="secondary" name="op" value="remind">{t("bulk.remindApply")}</SubmitButton>
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="font-medium">{t("bulk.exportTitle")}</legend>
          <div className="flex flex-wrap gap-2">
            {(["csv", "xlsx"] as const).map((format) => (
              <button key={format} type="submit" className="ds-button" data-variant="secondary" data-size="sm" formAction="/api/export/overview" formMethod="get" formNoValidate name="format" value={format}>
                {t(format === "csv" ? "bulk.exportCsv" : "bulk.exportXlsx")}
              </button>
            ))}
          </div>
        </fieldset>
      </div>
      <ConfirmDialog
        dialogRef={dialogRef}
        title={t("bulk.confirmTitle", { count })}
        confirmLabel={t("bulk.confirm")}
        onConfirm={() => {
          confirmed.current = true;
          formRef.current?.requestSubmit(submitter.current);
        }}
      >
        {ask?.text}
      </ConfirmDialog>
    </form>
  );
}
