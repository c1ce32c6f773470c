"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { FormFeedback, SubmitButton } from "@/components/forms/feedback";
import { formErrors } from "@/components/forms/use-form-errors";
import type { ActionState } from "@/lib/errors/app-error";
import type { InviteResult } from "@/lib/server/invitations/invite";
import { OneTimeLink } from "./one-time-link";

/** Per pending invitation: send again (the new link is shown once) and withdraw (confirmed). */
export function PendingInvitationActions({ invitationId, email, resend, revoke }: {
  invitationId: string;
  email: string;
  resend: (prev: ActionState<InviteResult>, fd: FormData) => Promise<ActionState<InviteResult>>;
  revoke: (prev: ActionState, fd: FormData) => Promise<ActionState>;
}) {
  const t = useTranslations("admin.invitation.pending");
  const te = useTranslations("institution.errors");
  const [state, action, pending] = useActionState(resend, null);
  const errorText = (s: ActionState) => formErrors(te, s).formError;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-start gap-2">
        <form action={action} className="flex flex-col gap-1">
          <FormFeedback result={state?.ok ? null : state} formError={state && !state.ok ? errorText(state) : null} />
          <input type="hidden" name="invitationId" value={invitationId} />
          <SubmitButton pending={pending} variant="secondary" size="sm" ariaLabel={t("resendFor", { email })}>{t("resend")}</SubmitButton>
        </form>
        <ConfirmAction
          action={revoke}
          fields={{ invitationId }}
          label={t("revoke")}
          ariaLabel={t("revokeFor", { email })}
          title={t("confirmRevokeTitle", { email })}
          description={t("confirmRevoke", { email })}
          confirmLabel={t("confirmRevokeButton")}
          errorText={errorText}
        />
      </div>
      {state?.ok && state.data && <OneTimeLink {...state.data} />}
    </div>
  );
}
