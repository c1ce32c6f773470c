"use client";
// The two sides of Bits' review as forms: the institution's "Send til Bits" (a dialog shows
// exactly what is sent before it goes), and Bits' "Godkjenn" / "Send tilbake" (a reason is
// required to return; the server refuses a blank one with the rule's own words).
import { useActionState, useId, useRef, useState, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Alert, Button, Dialog, Heading } from "@/components/ds";
import { useHydrated } from "@/components/hydration-mark";
import { INPUT } from "@/components/forms/fields";
import { SubmitButton, useFocusOnResult } from "@/components/forms/feedback";
import { STEP_RULE_MESSAGES, evidenceFields } from "@/lib/onboarding";
import { evidenceKeyLabel } from "@/lib/onboarding/evidence-labels";
import type { TStepActionState } from "@/lib/validation/checklist";

type Action = (prev: TStepActionState, fd: FormData) => Promise<TStepActionState>;

/** The answer of a review action: done, or why not (a rule, missing evidence, a conflict). */
function ReviewResult({ state, stepKey }: { state: TStepActionState; stepKey: string }) {
  const t = useTranslations("checklist.review");
  const locale = useLocale() === "en" ? "en" : "nb";
  const ref = useFocusOnResult<HTMLDivElement>(state);
  if (!state) return null;
  if (state.ok) return <Alert ref={ref} tabIndex={-1} data-color="success" data-size="sm" role="status">{t(`done.${state.message ?? "sent"}`)}</Alert>;
  const text = state.conflict
    ? t("conflict", { name: state.conflict.updatedBy ?? t("someone") })
    : state.rule && state.rule in STEP_RULE_MESSAGES
      ? STEP_RULE_MESSAGES[state.rule as keyof typeof STEP_RULE_MESSAGES][locale]
      : t("failed");
  const fields = evidenceFields(stepKey);
  return (
    <Alert ref={ref} tabIndex={-1} data-color={state.conflict ? "warning" : "danger"} data-size="sm" role="alert">
      <p>{text}</p>
      {state.missing && state.missing.length > 0 && (
        <ul className="mt-1 list-disc pl-5">{state.missing.map((m) => <li key={m}>{evidenceKeyLabel(m, fields, locale)}</li>)}</ul>
      )}
    </Alert>
  );
}

/** "Send til Bits": a button that opens a dialog listing the evidence (`children`) sent. */
export function SendForReview({ action, version, stepKey, children }: { action: Action; version: number; stepKey: string; children: ReactNode }) {
  const t = useTranslations("checklist.review");
  const [state, formAction, pending] = useActionState(action, null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const hydrated = useHydrated();
  const titleId = useId();
  return (
    <form action={formAction} onSubmit={() => dialogRef.current?.close()} className="space-y-3" data-testid="send-for-review">
      <ReviewResult state={state} stepKey={stepKey} />
      <input type="hidden" name="expectedVersion" value={state?.ok ? state.version : version} />
      <p className="text-sm">{t("sendHint")}</p>
      <Button type={hydrated ? "button" : "submit"} aria-haspopup="dialog" onClick={() => dialogRef.current?.showModal()} disabled={pending}>
        {t("send")}
      </Button>
      <Dialog ref={dialogRef} closedby="any" closeButton={t("close")} aria-labelledby={titleId}>
        <Heading level={2} data-size="xs" id={titleId} className="pr-10">{t("confirmTitle", { key: stepKey })}</Heading>
        <p className="mt-2">{t("confirmText")}</p>
        <div className="mt-3 max-h-80 overflow-y-auto rounded border border-slate-300 p-3">{children}</div>
        <div className="mt-4 flex flex-wrap gap-3">
          <SubmitButton pending={pending} pendingText={t("sending")}>{t("confirmSend")}</SubmitButton>
          <Button type="button" variant="secondary" autoFocus onClick={() => dialogRef.current?.close()}>{t("cancel")}</Button>
        </div>
      </Dialog>
    </form>
  );
}

/** Bits' decision: approve, or return with a reason for the institution. */
export function ReviewDecision({ action, version, stepKey }: { action: Action; version: number; stepKey: string }) {
  const t = useTranslations("checklist.review");
  const [state, formAction, pending] = useActionState(action, null);
  const [reason, setReason] = useState("");
  const invalid = !!state && !state.ok && state.rule === "COMMENT_REQUIRED";
  return (
    <form action={formAction} className="space-y-3" data-testid="review-decision">
      <ReviewResult state={state} stepKey={stepKey} />
      <input type="hidden" name="expectedVersion" value={state?.ok ? state.version : version} />
      <div className="flex flex-col gap-1">
        <label htmlFor="review-reason" className="font-medium">{t("reason")}</label>
        <p id="review-reason-hint" className="text-sm text-slate-700">{t("reasonHint")}</p>
        <textarea
          id="review-reason" name="reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} className={INPUT}
          aria-invalid={invalid || undefined} aria-describedby="review-reason-hint"
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingText={t("working")} name="decision" value="APPROVED">{t("approve")}</SubmitButton>
        <SubmitButton pending={pending} pendingText={t("working")} name="decision" value="RETURNED" variant="secondary">{t("return")}</SubmitButton>
      </div>
    </form>
  );
}
