"use client";
// Ownership of an institution (issue 15), on its edit page for coordinators: the responsible
// Bits coordinator and the main contact (one of its members). Either may be left empty; an
// empty responsible coordinator is flagged in the overview and the Bits queue.
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/fields";
import { FormFeedback, SubmitButton } from "@/components/forms/feedback";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ActionState } from "@/lib/errors/app-error";
import { useToolErrors } from "./tool-errors";

type Option = { value: string; label: string };

export function OwnershipForm({ action, coordinators, contacts, values }: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  coordinators: Option[];
  contacts: Option[];
  values: { responsibleCoordinatorId: string; mainContactUserId: string };
}) {
  const t = useTranslations("overviewTools.ownership");
  const { state, formAction, pending, failedValues } = useFormAction(action);
  const errors = useToolErrors(state);
  const ids = { responsibleCoordinatorId: "own-coordinator", mainContactUserId: "own-contact" };
  const v = (name: keyof typeof ids) => failedValues?.[name] ?? values[name];
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-4 rounded bg-white p-4 shadow-sm">
      <FormFeedback result={state} success={state?.ok ? t("saved") : null} heading={errors.summary ?? undefined} errors={errors.list(ids)} formError={errors.formError} />
      <SelectField
        id={ids.responsibleCoordinatorId}
        name="responsibleCoordinatorId"
        label={t("coordinator")}
        defaultValue={v("responsibleCoordinatorId")}
        options={[{ value: "", label: t("nobody") }, ...coordinators]}
        errors={errors.field("responsibleCoordinatorId")}
      />
      <SelectField
        id={ids.mainContactUserId}
        name="mainContactUserId"
        label={t("contact")}
        hint={t("contactHint")}
        defaultValue={v("mainContactUserId")}
        options={[{ value: "", label: t("nobody") }, ...contacts]}
        errors={errors.field("mainContactUserId")}
      />
      <SubmitButton pending={pending} pendingText={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
