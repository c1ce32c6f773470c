"use client";
// An owner's request to Bits to change what decides the checklist (issue 13): the facts as they
// should be and why. Bits approves (and the change is made) or rejects with a reason.
import { useTranslations } from "next-intl";
import { CheckboxField, TextField } from "@/components/forms/fields";
import { FormFeedback, SubmitButton } from "@/components/forms/feedback";
import { useFormAction } from "@/components/forms/use-form-action";
import { useInstitutionFormErrors } from "@/components/forms/use-form-errors";
import { ValidationMessage } from "@/components/ds";
import type { ActionState } from "@/lib/errors/app-error";

export function ChangeRequestForm({ action, values }: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  values: { orgnr: string; blpMember: boolean; supplierOrgnr: string; supplierName: string };
}) {
  const t = useTranslations("institution.changeRequest");
  const tf = useTranslations("institution.form");
  const { state, formAction, pending, failedValues } = useFormAction(action);
  const { field, summary, formError, list } = useInstitutionFormErrors(state);
  const ids = { orgnr: "cr-orgnr", blpMember: "cr-blpMember", supplierOrgnr: "cr-supplierOrgnr", supplierName: "cr-supplierName", reason: "cr-reason" };
  const v = (name: "orgnr" | "supplierOrgnr" | "supplierName" | "reason") => failedValues?.[name] ?? (name === "reason" ? "" : values[name]);
  const reasonError = field("reason");
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-4 rounded bg-white p-4 shadow-sm">
      <FormFeedback result={state} success={state?.ok ? t("sent") : null} heading={summary ?? undefined} errors={list(ids)} formError={formError} />
      <TextField id={ids.orgnr} name="orgnr" label={tf("orgnr")} hint={tf("orgnrHint")} inputMode="numeric" defaultValue={v("orgnr")} required errors={field("orgnr")} />
      <CheckboxField id={ids.blpMember} name="blpMember" label={tf("blpMember")} defaultChecked={failedValues ? failedValues.blpMember === "on" : values.blpMember} errors={field("blpMember")} />
      <TextField id={ids.supplierOrgnr} name="supplierOrgnr" label={tf("supplierOrgnr")} inputMode="numeric" defaultValue={v("supplierOrgnr")} errors={field("supplierOrgnr")} />
      <TextField id={ids.supplierName} name="supplierName" label={tf("supplierName")} defaultValue={v("supplierName")} errors={field("supplierName")} />
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.reason} className="font-medium">{t("reason")}</label>
        <textarea id={ids.reason} name="reason" rows={3} defaultValue={v("reason")} className="ds-input"
          aria-invalid={reasonError ? true : undefined} aria-describedby={reasonError ? `${ids.reason}-error` : undefined} />
        {reasonError && <ValidationMessage id={`${ids.reason}-error`} data-size="sm">{reasonError[0]}</ValidationMessage>}
      </div>
      <SubmitButton pending={pending} pendingText={tf("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
