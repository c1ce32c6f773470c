"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { CheckboxField, TextField } from "@/components/forms/fields";
import { FormFeedback, SubmitButton } from "@/components/forms/feedback";
import { useFormAction } from "@/components/forms/use-form-action";
import { useInstitutionFormErrors } from "@/components/forms/use-form-errors";
import type { ActionState } from "@/lib/errors/app-error";

export interface InstitutionFormValues {
  name: string;
  orgnr: string;
  blpMember: boolean;
  supplierOrgnr: string;
  supplierName: string;
  targetProductionDate: string;
}

/** Create and edit share this form; the action decides which. */
export function InstitutionForm({
  action,
  values,
  submitLabel,
  cancelHref,
  lockFacts = false,
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  values?: InstitutionFormValues;
  submitLabel: string;
  cancelHref: string;
  /** An owner's edit: what decides the checklist is shown, not edited (Bits changes it on request). */
  lockFacts?: boolean;
}) {
  const t = useTranslations("institution.form");
  const locale = useLocale();
  const { state, formAction, pending, failedValues } = useFormAction(action);
  const { field, summary, formError, list } = useInstitutionFormErrors(state);
  const errors = list({ name: "name", orgnr: "orgnr", blpMember: "blpMember", supplierOrgnr: "supplierOrgnr", supplierName: "supplierName", targetProductionDate: "targetProductionDate" });
  const v = (name: Exclude<keyof InstitutionFormValues, "blpMember">) => failedValues?.[name] ?? values?.[name];
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-4 rounded bg-white p-4 shadow-sm">
      <FormFeedback result={state} success={state?.ok ? t("saved") : null} heading={summary ?? undefined} errors={errors} formError={formError} />
      <TextField id="name" name="name" label={t("name")} defaultValue={v("name")} required errors={field("name")} />
      {lockFacts && values ? (
        <LockedFacts values={values} />
      ) : (
        <>
          <TextField id="orgnr" name="orgnr" label={t("orgnr")} hint={t("orgnrHint")} inputMode="numeric" defaultValue={v("orgnr")} required errors={field("orgnr")} />
          <CheckboxField id="blpMember" name="blpMember" label={t("blpMember")} defaultChecked={failedValues ? failedValues.blpMember === "on" : values?.blpMember} errors={field("blpMember")} />
          <fieldset className="space-y-4 rounded border border-slate-300 p-3">
            <legend className="px-1 font-semibold">{t("supplierLegend")}</legend>
            <p className="text-sm text-slate-600">{t("supplierHint")}</p>
            <TextField id="supplierOrgnr" name="supplierOrgnr" label={t("supplierOrgnr")} inputMode="numeric" defaultValue={v("supplierOrgnr")} errors={field("supplierOrgnr")} />
            <TextField id="supplierName" name="supplierName" label={t("supplierName")} defaultValue={v("supplierName")} errors={field("supplierName")} />
          </fieldset>
        </>
      )}
      <TextField id="targetProductionDate" name="targetProductionDate" type="date" lang={locale} label={t("targetProductionDate")} defaultValue={v("targetProductionDate")} errors={field("targetProductionDate")} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending} pendingText={t("saving")}>{submitLabel}</SubmitButton>
        <Link href={cancelHref} className="ds-link">{t("back")}</Link>
      </div>
    </form>
  );
}

/** The facts that decide the checklist, read-only, posted unchanged (the server refuses a change). */
function LockedFacts({ values }: { values: InstitutionFormValues }) {
  const t = useTranslations("institution.form");
  return (
    <div className="space-y-2 rounded border border-slate-300 p-3" data-testid="locked-facts">
      <p className="font-semibold">{t("lockedTitle")}</p>
      <p className="text-sm">{t("lockedHint")}</p>
      <dl className="app-facts">
        <dt>{t("orgnr")}</dt><dd>{values.orgnr}</dd>
        <dt>{t("blpMember")}</dt><dd>{values.blpMember ? t("yes") : t("no")}</dd>
        <dt>{t("supplierOrgnr")}</dt><dd>{values.supplierOrgnr || "–"}</dd>
        <dt>{t("supplierName")}</dt><dd>{values.supplierName || "–"}</dd>
      </dl>
      <input type="hidden" name="orgnr" value={values.orgnr} />
      {values.blpMember && <input type="hidden" name="blpMember" value="on" />}
      <input type="hidden" name="supplierOrgnr" value={values.supplierOrgnr} />
      <input type="hidden" name="supplierName" value={values.supplierName} />
    </div>
  );
}
