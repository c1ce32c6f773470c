"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/components/forms/fields";
import { FormFeedback, SubmitButton, useFocusOnResult } from "@/components/forms/feedback";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ActionState } from "@/lib/errors/app-error";
import { useSandboxErrors } from "./use-sandbox-errors";
import { Alert, Button } from "@/components/ds";

type Action = (prev: ActionState<{ token: string }>, formData: FormData) => Promise<ActionState<{ token: string }>>;

/** Creates a token and shows it once, with a copy button. */
export function TokenCreateForm({ action }: { action: Action }) {
  const t = useTranslations("sandbox.tokens");
  const { state, formAction, pending, failedValues } = useFormAction(action);
  const [copied, setCopied] = useState(false);
  const errors = useSandboxErrors(state);
  const token = state?.ok ? state.data?.token : undefined;
  const shownRef = useFocusOnResult<HTMLDivElement>(state?.ok ? state : null);
  const nameErr = errors.field("name");
  return (
    <div className="space-y-4">
      {token && (
        <Alert ref={shownRef} tabIndex={-1} data-color="success" role="status" className="space-y-2">
          <p className="font-semibold">{t("createdOnce")}</p>
          <p>
            <label htmlFor="new-token" className="font-medium">{t("newToken")}</label>
          </p>
          <div className="flex flex-wrap gap-2">
            <input id="new-token" readOnly value={token} className="w-full max-w-xl ds-input font-mono text-sm" />
            <Button
              type="button"
              variant="secondary" data-size="sm"
              onClick={async () => {
                await navigator.clipboard.writeText(token);
                setCopied(true);
              }}
            >
              {copied ? t("copied") : t("copy")}
            </Button>
          </div>
        </Alert>
      )}
      <FormFeedback result={state && !state.ok ? state : null} heading={errors.summary ?? undefined}
        errors={nameErr ? [{ fieldId: "token-name", message: nameErr.join(" ") }] : []}
        formError={state && !state.ok && !state.fieldErrors ? errors.summary : null} />
      <form action={(fd) => { setCopied(false); formAction(fd); }} className="flex max-w-md flex-col gap-3" noValidate>
        <TextField id="token-name" name="name" label={t("name")} hint={t("nameHint")} defaultValue={failedValues?.name} errors={nameErr} />
        <SubmitButton pending={pending}>{t("create")}</SubmitButton>
      </form>
    </div>
  );
}
