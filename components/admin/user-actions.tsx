"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { FormMessage } from "@/components/forms/fields";
import { useAdminFormErrors } from "@/components/forms/use-form-errors";
import type { ActionState } from "@/lib/errors/app-error";
import { Button } from "@/components/ds";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
type Role = "ADMIN" | "COORDINATOR" | "INSTITUTION_USER";

/** Disable/enable one user and (admins only) change their role. */
export function UserActions({
  userId,
  name,
  role,
  disabled,
  roleChoices,
  setDisabled,
  changeRole,
}: {
  userId: string;
  name: string;
  role: Role;
  disabled: boolean;
  roleChoices: Role[];
  setDisabled: Action;
  changeRole: Action;
}) {
  const t = useTranslations("admin.users");
  const tRoles = useTranslations("admin.roles");
  const [disableState, disableAction, disablePending] = useActionState(setDisabled, null);
  const [roleState, roleAction, rolePending] = useActionState(changeRole, null);
  const disableErrors = useAdminFormErrors(disableState);
  const roleErrors = useAdminFormErrors(roleState);
  const selectId = useId();
  return (
    <div className="flex flex-col gap-2">
      {disableErrors.summary && <FormMessage kind="error">{disableErrors.summary}</FormMessage>}
      {roleErrors.summary && <FormMessage kind="error">{roleErrors.summary}</FormMessage>}
      <form action={disableAction}>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
        <Button type="submit" disabled={disablePending} variant="secondary" data-size="sm" data-color={disabled ? undefined : "danger"}>
          {disabled ? t("enable", { name }) : t("disable", { name })}
        </Button>
      </form>
      {roleChoices.length > 0 && (
        <form action={roleAction} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="userId" value={userId} />
          <div className="flex flex-col gap-1">
            <label htmlFor={selectId} className="text-xs font-medium">{t("roleFor", { name })}</label>
            <select id={selectId} name="role" defaultValue={role} className="ds-input" data-size="sm">
              {roleChoices.map((r) => (
                <option key={r} value={r}>{tRoles(r)}</option>
              ))}
            </select>
          </div>
          <Button type="submit" disabled={rolePending} variant="secondary" data-size="sm">
            {t("saveRole")}
          </Button>
        </form>
      )}
    </div>
  );
}
