"use client";
// One cell of B-7's delegation matrix: a button that confirms it, or (confirmed) one that takes
// the confirmation back. Posts without JavaScript too; the refusal is said next to the button.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/feedback";
import type { TDelegationState } from "@/lib/validation/delegation";

type Action = (prev: TDelegationState, formData: FormData) => Promise<TDelegationState>;

export function DelegationCellForm({ action, right, environment, confirmed, label }: {
  action: Action;
  right: string;
  environment: string;
  confirmed: boolean;
  /** The accessible name: which right in which environment. */
  label: string;
}) {
  const t = useTranslations("delegation");
  const [state, formAction, pending] = useActionState(action, null);
  const error = state && !state.ok ? (state.rule && t.has(`errors.${state.rule}`) ? t(`errors.${state.rule}`) : t.has(`errors.${state.code}`) ? t(`errors.${state.code}`) : t("errors.UNKNOWN")) : null;
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="right" value={right} />
      <input type="hidden" name="environment" value={environment} />
      <input type="hidden" name="confirmed" value={confirmed ? "false" : "true"} />
      <SubmitButton pending={pending} size="sm" variant={confirmed ? "secondary" : "primary"} ariaLabel={label}>
        {confirmed ? t("unconfirm") : t("confirm")}
      </SubmitButton>
      {error && <p role="alert" className="text-sm text-red-800">{error}</p>}
    </form>
  );
}
