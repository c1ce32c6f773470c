"use client";

import { useTranslations } from "next-intl";
import { TrashIcon } from "@navikt/aksel-icons";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { FormFeedback, SubmitButton } from "@/components/forms/feedback";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ActionState } from "@/lib/errors/app-error";
import { useSandboxErrors } from "./use-sandbox-errors";
import { ValidationMessage } from "@/components/ds";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** One compact button that posts one hidden id after a confirm dialog (revoke a token, delete an
 * agreement or a scenario). `label` is the accessible name (it names the object), `short` the
 * visible text; `title` and `description` say in the dialog what will happen to what. */
export function ConfirmButton({ action, field, value, label, short, title, description, confirmLabel }: {
  action: Action;
  field: "tokenId" | "agreementId" | "scenarioId";
  value: string;
  label: string;
  short: string;
  title: string;
  description: string;
  confirmLabel: string;
}) {
  const t = useTranslations("sandbox.errors");
  const errorText = (state: ActionState) => (state && !state.ok ? (t.has(state.code ?? "failed") ? t((state.code ?? "failed") as never) : t("failed")) : null);
  return (
    <ConfirmAction
      action={action}
      fields={{ [field]: value }}
      icon={<TrashIcon aria-hidden />}
      label={short}
      ariaLabel={label}
      title={title}
      description={description}
      confirmLabel={confirmLabel}
      errorText={errorText}
    />
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
      <FormFeedback result={state} success={state?.ok ? t("saved") : null} heading={errors.summary ?? undefined}
        formError={state && !state.ok && !state.fieldErrors ? errors.summary : null}
        errors={[
          ...(orgErr ? [{ fieldId: `${idPrefix}-orgnr`, message: orgErr.join(" ") }] : []),
          ...(rangeErr ? [{ fieldId: `${idPrefix}-ranges`, message: rangeErr.join(" ") }] : []),
        ]} />
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
      <SubmitButton pending={pending}>{opplysningspliktig ? t("save") : t("add")}</SubmitButton>
    </form>
  );
}
