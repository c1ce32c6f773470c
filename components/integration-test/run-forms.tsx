"use client";
// The two buttons of the integration test: start a run (the action redirects to it) and
// "Lag testrapport" (freezes the run and attaches the report to C-4). Each says what happened.
import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { FormFeedback, SubmitButton } from "@/components/forms/feedback";
import type { TIntegrationTestState } from "@/lib/validation/integration-test";

type Action = (prev: TIntegrationTestState, fd: FormData) => Promise<TIntegrationTestState>;

export function StartRunForm({ action }: { action: Action }) {
  const t = useTranslations("integrationTest");
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      <FormFeedback result={state} formError={state && !state.ok ? t(`errors.${state.error}`) : undefined} />
      <p>{t("startHelp")}</p>
      <SubmitButton pending={pending}>{t("start")}</SubmitButton>
    </form>
  );
}

export function MakeReportForm({ action, reportHref }: { action: Action; reportHref: string }) {
  const t = useTranslations("integrationTest");
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      <FormFeedback
        result={state}
        success={state?.ok ? <>{t("report.attached")} <Link href={reportHref} className="ds-link">{t("report.open")}</Link></> : undefined}
        formError={state && !state.ok ? t(`errors.${state.error}`) : undefined}
      />
      <p>{t("report.makeHelp")}</p>
      <SubmitButton pending={pending}>{t("report.make")}</SubmitButton>
    </form>
  );
}
