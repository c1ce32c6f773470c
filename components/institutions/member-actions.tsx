"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { PersonMinusIcon } from "@navikt/aksel-icons";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { FormFeedback, SubmitButton } from "@/components/forms/feedback";
import { formErrors } from "@/components/forms/use-form-errors";
import type { ActionState } from "@/lib/errors/app-error";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** Per member: make owner, make member (a lower role: confirmed), remove (confirmed). Compact
 * buttons whose visible labels do not repeat the name; their accessible names carry it. */
export function MemberActions({
  membershipId,
  name,
  memberRole,
  changeRole,
  remove,
}: {
  membershipId: string;
  name: string;
  memberRole: "OWNER" | "MEMBER";
  changeRole: Action;
  remove: Action;
}) {
  const t = useTranslations("institution.members");
  const te = useTranslations("institution.errors");
  const [roleState, roleAction, rolePending] = useActionState(changeRole, null);
  const roleErrors = formErrors(te, roleState);
  const errorText = (state: ActionState) => formErrors(te, state).formError;
  return (
    <div className="flex flex-wrap items-start gap-2">
      {memberRole === "OWNER" ? (
        <ConfirmAction
          action={changeRole}
          fields={{ membershipId, memberRole: "MEMBER" }}
          label={t("makeMemberShort")}
          ariaLabel={t("makeMemberFor", { name })}
          title={t("confirmDemoteTitle", { name })}
          description={t("confirmDemote", { name })}
          confirmLabel={t("confirmDemoteButton")}
          errorText={errorText}
        />
      ) : (
        <form action={roleAction} className="flex flex-col gap-1">
          <FormFeedback result={roleState} formError={roleErrors.formError} />
          <input type="hidden" name="membershipId" value={membershipId} />
          <input type="hidden" name="memberRole" value="OWNER" />
          <SubmitButton pending={rolePending} variant="secondary" size="sm" ariaLabel={t("makeOwnerFor", { name })}>{t("makeOwnerShort")}</SubmitButton>
        </form>
      )}
      <ConfirmAction
        action={remove}
        fields={{ membershipId }}
        icon={<PersonMinusIcon aria-hidden />}
        label={t("removeShort")}
        ariaLabel={t("remove", { name })}
        title={t("confirmRemoveTitle", { name })}
        description={t("confirmRemove", { name })}
        confirmLabel={t("confirmRemoveButton")}
        errorText={errorText}
      />
    </div>
  );
}
