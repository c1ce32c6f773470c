"use client";
// Destructive actions (remove, deactivate, revoke, delete): a small button that opens a modal
// Designsystemet Dialog (native <dialog>: Escape closes it, focus is trapped) saying what will
// happen to what, with "Avbryt" focused first and the confirm button. Without JavaScript the
// button posts its form directly (the dialog is progressive enhancement).
import { useActionState, useId, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button, Dialog, Heading, Paragraph } from "@/components/ds";
import { useHydrated } from "@/components/hydration-mark";
import type { ActionState } from "@/lib/errors/app-error";
import { FormFeedback, SubmitButton } from "./feedback";

/** The dialog alone: `onConfirm` runs on the confirm button (for a change that is not a form post). */
export function ConfirmDialog({ dialogRef, title, children, confirmLabel, onConfirm, confirmType = "button", pending = false }: {
  dialogRef: React.RefObject<HTMLDialogElement | null>;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm?: () => void;
  /** "submit": the confirm button submits the form the dialog sits in. */
  confirmType?: "button" | "submit";
  pending?: boolean;
}) {
  const t = useTranslations("feedback");
  const titleId = useId();
  return (
    <Dialog ref={dialogRef} closedby="any" closeButton={t("close")} aria-labelledby={titleId} data-testid="confirm-dialog">
      <Heading level={2} data-size="xs" id={titleId} className="pr-10">{title}</Heading>
      <Paragraph className="mt-2">{children}</Paragraph>
      {/* both buttons one size: Avbryt must not look lesser than the destructive choice */}
      <div className="mt-4 flex flex-wrap gap-3">
        {confirmType === "submit" ? (
          <SubmitButton pending={pending} pendingText={t("working")} variant="confirm-danger" size="md">{confirmLabel}</SubmitButton>
        ) : (
          <Button type="button" variant="primary" data-color="danger" data-size="md" onClick={() => { dialogRef.current?.close(); onConfirm?.(); }}>{confirmLabel}</Button>
        )}
        <Button type="button" variant="secondary" data-size="md" autoFocus onClick={() => dialogRef.current?.close()}>{t("cancel")}</Button>
      </div>
    </Dialog>
  );
}

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * One destructive action as a form: hidden `fields`, a compact danger button (visible `label`,
 * the accessible name `ariaLabel` names the object), the dialog, and the action's error (focused).
 */
export function ConfirmAction({ action, fields, label, ariaLabel, icon, title, description, confirmLabel, errorText, className }: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  ariaLabel?: string;
  icon?: ReactNode;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** The translated error of a refused action. */
  errorText: (state: ActionState) => string | null;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const hydrated = useHydrated();
  return (
    <form
      action={formAction}
      onSubmit={() => dialogRef.current?.close()}
      className={`flex flex-col gap-1 ${className ?? ""}`}
    >
      <FormFeedback result={state} formError={errorText(state)} />
      {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <Button
        // before hydration it posts the form (no dialog without JavaScript)
        type={hydrated ? "button" : "submit"}
        onClick={() => dialogRef.current?.showModal()}
        variant="tertiary"
        data-color="danger"
        data-size="sm"
        aria-label={ariaLabel}
        aria-haspopup="dialog"
        disabled={pending}
        className="self-start"
      >
        {icon}
        {label}
      </Button>
      <ConfirmDialog dialogRef={dialogRef} title={title} confirmLabel={confirmLabel} confirmType="submit" pending={pending}>
        {description}
      </ConfirmDialog>
    </form>
  );
}
