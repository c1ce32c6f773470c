"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormMessage, TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ActionState } from "@/lib/errors/app-error";
import { useSandboxErrors } from "./use-sandbox-errors";

type Action = (prev: ActionState<{ token: string }>, formData: FormData) => Promise<ActionState<{ token: string }>>;

/** Creates a token and shows it once, with a copy button. */
export function TokenCreateForm({ action }: { action: Action }) {
  const t = useTranslations("sandbox.tokens");
  const { state, formAction, pending, failedValues } = useFormAction(action);
  const [copied, setCopied] = useState(false);
  const errors = useSandboxErrors(state);
  const token = state?.ok ? state.data?.token : undefined;
  return (
    <div className="space-y-4">
      {token && (
        <div role="status" className="space-y-2 rounded border border-green-700 bg-green-50 p-3">
          <p className="font-semibold">{t("createdOnce")}</p>
          <p>
            <label htmlFor="new-token" className="font-medium">{t("newToken")}</label>
          </p>
          <div className="flex flex-wrap gap-2">
            <input id="new-token" readOnly value={token} className="w-full max-w-xl rounded border border-slate-500 bg-white px-3 py-2 font-mono text-sm" />
            <button
              type="button"
              className="rounded border border-brand px-3 py-1 text-brand hover:bg-slate-100"
              onClick={async () => {
                await navigator.clipboard.writeText(token);
                setCopied(true);
              }}
            >
              {copied ? t("copied") : t("copy")}
            </button>
          </div>
        </div>
      )}
      {errors.summary && <FormMessage kind="error">{errors.summary}</FormMessage>}
      <form action={(fd) => { setCopied(false); formAction(fd); }} className="flex max-w-md flex-col gap-3" noValidate>
        <TextField id="token-name" name="name" label={t("name")} hint={t("nameHint")} defaultValue={failedValues?.name} errors={errors.field("name")} />
        <button type="submit" disabled={pending} className="self-start rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60">
          {t("create")}
        </button>
      </form>
    </div>
  );
}
