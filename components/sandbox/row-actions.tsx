"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ActionState } from "@/lib/errors/app-error";
import { useSandboxErrors } from "./use-sandbox-errors";
import { Button, ValidationMessage } from "@/components/ds";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** One button that posts one hidden id, after a confirm step (revoke a token, delete an agreement). */
export function ConfirmButton({ action, field, value, label, confirm }: {
  action: Action;
  field: "tokenId" | "agreementId" | "scenarioId";
  value: string;
  label: string;
  confirm: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = useSandboxErrors(state);
  return (
    <form action={formAction} onSubmit={(e) => { if (!window.confirm(confirm)) e.preventDefault(); }} className="flex flex-col gap-1">
      {errors.summary && <FormMessage kind="error">{errors.summary}</FormMessage>}
      <input type="hidden" name={field} value={value} />
      <Button type="submit" disabled={pending} variant="secondary" data-color="danger" data-size="sm" className="self-start">
        {label}
      </Button>
    </form>
  );
}

/** Months of one employer as ranges text ("2022-03..2022-05, 2022-09"); a new employer also gets the org number field. */
export function EmployerForm({ action, opplysningspliktig, ranges, idPrefix }: {
  action: Action;
  opplysningspliktig?: string;
  ranges?: string;
  idPrefix: string;
}) {
  const t = useTranslations("sandbox.employers");
  // a refused save keeps what was typed (React resets the form after every action)
  const { state, formAction, pending, failedValues } = useFormAction(action);
  const errors = useSandboxErrors(state);
  const orgErr = errors.field("opplysningspliktig");
  const rangeErr = errors.field("ranges");
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate>
      {errors.summary && <FormMessage kind="error">{errors.summary}</FormMessage>}
      {state?.ok && <FormMessage kind="success">{t("saved")}</FormMessage>}
      {opplysningspliktig ? (
        <input type="hidden" name="opplysningspliktig" value={opplysningspliktig} />
      ) : (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${idPrefix}-orgnr`} className="font-medium">{t("orgnr")}</label>
          <input id={`${idPrefix}-orgnr`} name="opplysningspliktig" inputMode="numeric" maxLength={9} defaultValue={failedValues?.opplysningspliktig}
            aria-invalid={orgErr ? true : undefined} aria-describedby={orgErr ? `${idPrefix}-orgnr-error` : undefined}
            className="max-w-xs ds-input" />
          {orgErr && <ValidationMessage id={`${idPrefix}-orgnr-error`} data-size="sm">{orgErr.join(" ")}</ValidationMessage>}
        </div>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor={`${idPrefix}-ranges`} className="font-medium">
          {opplysningspliktig ? t("monthsOf", { orgnr: opplysningspliktig }) : t("months")}
        </label>
        <p id={`${idPrefix}-ranges-hint`} className="text-sm text-slate-600">{t("monthsHint")}</p>
        <textarea id={`${idPrefix}-ranges`} name="ranges" defaultValue={failedValues?.ranges ?? ranges} rows={2}
          aria-invalid={rangeErr ? true : undefined}
          aria-describedby={`${idPrefix}-ranges-hint${rangeErr ? ` ${idPrefix}-ranges-error` : ""}`}
          className="max-w-xl ds-input font-mono text-sm" />
        {rangeErr && <ValidationMessage id={`${idPrefix}-ranges-error`} data-size="sm">{rangeErr.join(" ")}</ValidationMessage>}
      </div>
      <Button type="submit" disabled={pending} variant="primary" className="self-start">
        {opplysningspliktig ? t("save") : t("add")}
      </Button>
    </form>
  );
}
