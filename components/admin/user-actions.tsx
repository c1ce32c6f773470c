"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { FormFeedback, SubmitButton } from "@/components/forms/feedback";
import { formErrors } from "@/components/forms/use-form-errors";
import type { ActionState } from "@/lib/errors/app-error";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
type Role = "ADMIN" | "COORDINATOR" | "INSTITUTION_USER";

/** Disable (confirmed in a dialog) or enable one user and (admins only) change their role. */
export function UserActions({
  userId,
  name,
  role,
  disabled,
  roleChoices,
  supplierOrgnr,
  supplierChoices,
  setDisabled,
  changeRole,
  changeSupplier,
}: {
  userId: string;
  name: string;
  role: Role;
  disabled: boolean;
  roleChoices: Role[];
  supplierOrgnr: string | null;
  /** Empty: no supplier choice (Bits' own accounts, or no institution has a supplier). */
  supplierChoices: { orgnr: string; name: string }[];
  setDisabled: Action;
  changeRole: Action;
  changeSupplier: Action;
}) {
  const t = useTranslations("admin.users");
  const tRoles = useTranslations("admin.roles");
  const te = useTranslations("admin.errors");
  const [enableState, enableAction, enablePending] = useActionState(setDisabled, null);
  const [roleState, roleAction, rolePending] = useActionState(changeRole, null);
  const enableErrors = formErrors(te, enableState);
  const roleErrors = formErrors(te, roleState);
  const [supplierState, supplierAction, supplierPending] = useActionState(changeSupplier, null);
  const supplierErrors = formErrors(te, supplierState);
  const selectId = useId();
  const supplierId = useId();
  return (
    <div className="flex flex-col gap-2">
      {disabled ? (
        <form action={enableAction} className="flex flex-col gap-1">
          <FormFeedback result={enableState} formError={enableErrors.formError} />
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="disabled" value="false" />
          <SubmitButton pending={enablePending} variant="secondary" size="sm" ariaLabel={t("enable", { name })}>{t("enableShort")}</SubmitButton>
        </form>
      ) : (
        <ConfirmAction
          action={setDisabled}
          fields={{ userId, disabled: "true" }}
          label={t("disableShort")}
          ariaLabel={t("disable", { name })}
          title={t("confirmDisableTitle", { name })}
          description={t("confirmDisable", { name })}
          confirmLabel={t("confirmDisableButton")}
          errorText={(state) => formErrors(te, state).formError}
        />
      )}
      {roleChoices.length > 0 && (
        <form action={roleAction} className="flex flex-col gap-1">
          <FormFeedback result={roleState} formError={roleErrors.formError} />
          <input type="hidden" name="userId" value={userId} />
          <div className="flex flex-wrap items-end gap-2">
            <div className="flex flex-col gap-1">
              <label htmlFor={selectId} className="text-xs font-medium">{t("roleFor", { name })}</label>
              <select id={selectId} name="role" defaultValue={role} className="ds-input" data-size="sm">
                {roleChoices.map((r) => (
                  <option key={r} value={r}>{tRoles(r)}</option>
                ))}
              </select>
            </div>
            <SubmitButton pending={rolePending} variant="secondary" size="sm">{t("saveRole")}</SubmitButton>
          </div>
        </form>
      )}
      {supplierChoices.length > 0 && (
        <form action={supplierAction} className="flex flex-col gap-1">
          <FormFeedback result={supplierState} formError={supplierErrors.formError} />
          {supplierState?.ok && <p role="status" className="text-xs">{t("supplierSaved")}</p>}
          <input type="hidden" name="userId" value={userId} />
          <div className="flex flex-wrap items-end gap-2">
            <div className="flex flex-col gap-1">
              <label htmlFor={supplierId} className="text-xs font-medium">{t("supplierFor", { name })}</label>
              <select id={supplierId} name="supplierOrgnr" defaultValue={supplierOrgnr ?? ""} className="ds-input" data-size="sm">
                <option value="">{t("noSupplier")}</option>
                {supplierChoices.map((s) => (
                  <option key={s.orgnr} value={s.orgnr}>{t("supplierOption", { name: s.name, orgnr: s.orgnr })}</option>
                ))}
                {supplierOrgnr && !supplierChoices.some((s) => s.orgnr === supplierOrgnr) && <option value={supplierOrgnr}>{supplierOrgnr}</option>}
              </select>
            </div>
            <SubmitButton pending={supplierPending} variant="secondary" size="sm">{t("saveSupplier")}</SubmitButton>
          </div>
        </form>
      )}
    </div>
  );
}
