"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { RadioGroupField, SelectField, TextField } from "@/components/forms/fields";
import { FormFeedback, SubmitButton, useFocusOnResult } from "@/components/forms/feedback";
import { useFormAction } from "@/components/forms/use-form-action";
import { useAdminFormErrors } from "@/components/forms/use-form-errors";
import type { ActionState } from "@/lib/errors/app-error";
import type { InviteResult } from "@/lib/server/invitations/invite";
import { OneTimeLink } from "./one-time-link";

type InviteAction = (prev: ActionState<InviteResult>, formData: FormData) => Promise<ActionState<InviteResult>>;

type TInviteInstitution = { id: string; name: string; supplierName?: string | null };

/**
 * Invite by e-mail. `kind` chooses the fields: "member" (member role; institution fixed by the
 * action, given as `institution`), "institution" (pick institution + member role) or
 * "coordinator" (COORDINATOR/ADMIN). Where the institution has a third-party supplier, the
 * inviter chooses whether the person works for the institution or for the supplier.
 */
export function InviteForm({
  action,
  kind,
  institutions = [],
  institution,
}: {
  action: InviteAction;
  kind: "member" | "institution" | "coordinator";
  institutions?: TInviteInstitution[];
  institution?: TInviteInstitution;
}) {
  const t = useTranslations("admin.invitation");
  const tRoles = useTranslations("admin.roles");
  const { state, formAction, pending, failedValues } = useFormAction(action);
  const { field, summary, formError, list } = useAdminFormErrors(state);
  const p = useId();
  const errors = list({ email: `${p}-email`, institutionId: `${p}-institution`, role: `${p}-role`, memberRole: `${p}-memberRole`, affiliation: `${p}-affiliation-input` });
  const [chosenId, setChosenId] = useState<string>(failedValues?.institutionId ?? "");
  const target = kind === "member" ? institution : kind === "institution" ? institutions.find((i) => i.id === chosenId) : undefined;
  // the one-time link is the success message: focus goes there
  const linkRef = useFocusOnResult<HTMLDivElement>(state?.ok ? state : null);
  return (
    <div className="space-y-3">
      {state?.ok && state.data && (
        <div ref={linkRef} tabIndex={-1} role="status">
          <OneTimeLink key={state.data.link} {...state.data} />
        </div>
      )}
      <form action={formAction} noValidate className="max-w-xl space-y-4 rounded bg-white p-4 shadow-sm">
        <FormFeedback result={state && !state.ok ? state : null} heading={summary ?? undefined} errors={errors} formError={formError} />
        <TextField id={`${p}-email`} name="email" type="email" autoComplete="off" label={t("email")} defaultValue={failedValues?.email} required errors={field("email")} />
        {kind === "institution" && (
          <SelectField
            id={`${p}-institution`}
            name="institutionId"
            label={t("institution")}
            defaultValue={failedValues?.institutionId}
            onChange={setChosenId}
            options={[{ value: "", label: t("chooseInstitution") }, ...institutions.map((i) => ({ value: i.id, label: i.name }))]}
            errors={field("institutionId")}
          />
        )}
        {target?.supplierName && (
          <RadioGroupField
            key={target.id}
            id={`${p}-affiliation`}
            name="affiliation"
            legend={t("affiliation")}
            hint={t("affiliationHint")}
            defaultValue={failedValues?.affiliation ?? "INSTITUTION"}
            options={[
              { value: "INSTITUTION", label: t("affiliationInstitution", { name: target.name }) },
              { value: "SUPPLIER", label: t("affiliationSupplier", { name: target.supplierName }) },
            ]}
            errors={field("affiliation")}
          />
        )}
        {kind === "coordinator" ? (
          <SelectField
            id={`${p}-role`}
            name="role"
            label={t("role")}
            defaultValue={failedValues?.role ?? "COORDINATOR"}
            options={[{ value: "COORDINATOR", label: tRoles("COORDINATOR") }, { value: "ADMIN", label: tRoles("ADMIN") }]}
            errors={field("role")}
          />
        ) : (
          <SelectField
            id={`${p}-memberRole`}
            name="memberRole"
            label={t("memberRole")}
            defaultValue={failedValues?.memberRole ?? "MEMBER"}
            options={[{ value: "MEMBER", label: tRoles("MEMBER") }, { value: "OWNER", label: tRoles("OWNER") }]}
            errors={field("memberRole")}
          />
        )}
        <SubmitButton pending={pending} pendingText={t("sending")}>
          {kind === "coordinator" ? t("submitCoordinator") : t("submit")}
        </SubmitButton>
      </form>
    </div>
  );
}
