"use client";
// Feedback after every submit, one piece for every form (issue 12): after an answer, focus moves
// to what it says: the success message (role=status), the error summary at the top of the form
// (every field error, each a link that focuses its field) or the form's error message. The
// submit button keeps its width while pending (the label stays, a spinner lies over it) and
// takes one submit at a time, so a second click never lands on another control.
import { useEffect, useRef, type MouseEvent, type ReactNode, type Ref, type RefObject } from "react";
import {
  Alert,
  Button,
  ErrorSummary,
  ErrorSummaryHeading,
  ErrorSummaryItem,
  ErrorSummaryLink,
  ErrorSummaryList,
  Spinner,
} from "@/components/ds";

/**
 * A ref for the element that reports an action's answer: once a new answer (`result`, compared
 * by identity) is rendered, focus moves to that element. Render the element with tabIndex={-1}.
 */
export function useFocusOnResult<E extends HTMLElement = HTMLElement>(result: unknown): RefObject<E | null> {
  const ref = useRef<E | null>(null);
  const seen = useRef(result);
  useEffect(() => {
    if (result === seen.current) return;
    seen.current = result;
    if (!result) return;
    const el = ref.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "nearest" });
  }, [result]);
  return ref;
}

/** Moves focus to the control with this id (the first focusable control inside it, for a group)
 * and brings it into view; a click on a summary link does this, not only scroll. */
export function focusField(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  const control = target.matches("input, select, textarea, button, [tabindex]")
    ? target
    : target.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea, button");
  const el = (control ?? target) as HTMLElement;
  el.focus({ preventScroll: true });
  // the label above the field should show too
  el.scrollIntoView({ block: "center" });
  return document.activeElement === el;
}

export interface TFormError {
  /** The id of the input (or group) the error belongs to. */
  fieldId: string;
  message: string;
}

/**
 * What a form's last submit said, at the top of the form, focused when it arrives: a success
 * message, an error summary listing every field error (each a link to its field), or a form
 * error (a refusal that names no field). `result` is the action's state (its identity marks a
 * new answer).
 */
export function FormFeedback({ result, success, heading, errors = [], formError, children }: {
  result: unknown;
  success?: ReactNode;
  /** Heading of the error summary ("Skjemaet har feil …"). */
  heading?: string;
  errors?: TFormError[];
  formError?: ReactNode;
  /** More to say inside a form error (e.g. a list). */
  children?: ReactNode;
}) {
  const ref = useFocusOnResult<HTMLDivElement>(result);
  if (success) {
    return (
      <Alert ref={ref} tabIndex={-1} data-color="success" role="status" data-size="sm" className="focus-visible:outline">
        {success}
      </Alert>
    );
  }
  if (errors.length) {
    return <FormErrorSummary ref={ref} heading={heading ?? ""} errors={errors} intro={formError} />;
  }
  if (formError) {
    return (
      <Alert ref={ref} tabIndex={-1} data-color="danger" role="alert" data-size="sm">
        {formError}
        {children}
      </Alert>
    );
  }
  return null;
}

/** Every error of a form, each a link that focuses its field. */
export function FormErrorSummary({ heading, errors, intro, ref }: {
  heading: string;
  errors: TFormError[];
  intro?: ReactNode;
  ref?: RefObject<HTMLDivElement | null>;
}) {
  if (!errors.length) return null;
  const onClick = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (focusField(id)) e.preventDefault();
  };
  return (
    // the custom element focuses itself when it first connects; the ref refocuses it on a new answer
    <ErrorSummary ref={ref as Ref<never>} tabIndex={-1} data-testid="error-summary">
      <ErrorSummaryHeading>{heading}</ErrorSummaryHeading>
      {intro && <p>{intro}</p>}
      <ErrorSummaryList>
        {errors.map((e, i) => (
          <ErrorSummaryItem key={`${e.fieldId}:${i}`}>
            <ErrorSummaryLink href={`#${e.fieldId}`} onClick={(ev) => onClick(ev, e.fieldId)}>{e.message}</ErrorSummaryLink>
          </ErrorSummaryItem>
        ))}
      </ErrorSummaryList>
    </ErrorSummary>
  );
}

/**
 * Guards a submit button against a second submit while the first is under way: `pending` covers
 * the time after React has rendered it, the ref the moment between the click and that render.
 * Returns an onClick for the button (it prevents the submit, so a form's action never runs twice).
 */
export function useSubmitGuard(pending: boolean) {
  const busy = useRef(false);
  // every commit after the click has `pending` (or the answer) in hand: the ref's work is done
  useEffect(() => {
    busy.current = false;
  });
  return (e: MouseEvent<HTMLElement>) => {
    if (pending || busy.current) {
      e.preventDefault();
      return;
    }
    busy.current = true;
  };
}

/**
 * The submit button of every form. While pending the label stays (so the width does) with a
 * spinner over it; the button is aria-disabled (it keeps focus) and refuses further clicks.
 */
export function SubmitButton({ pending, children, pendingText, variant = "primary", name, value, size, className, disabled, ariaLabel }: {
  pending: boolean;
  children: ReactNode;
  /** What the spinner says to a screen reader ("Lagrer …"). */
  pendingText?: string;
  /** "danger": an outlined red button; "confirm-danger": the filled red one that confirms a dialog. */
  variant?: "primary" | "secondary" | "danger" | "confirm-danger";
  name?: string;
  value?: string;
  size?: "sm" | "md";
  className?: string;
  disabled?: boolean;
  /** The accessible name when the visible label leaves out whom it concerns (it starts with the label). */
  ariaLabel?: string;
}) {
  const guard = useSubmitGuard(pending);
  const danger = variant === "danger" || variant === "confirm-danger";
  return (
    <Button
      type="submit"
      name={name}
      value={value}
      disabled={disabled}
      onClick={guard}
      aria-label={ariaLabel}
      aria-disabled={pending || undefined}
      aria-busy={pending || undefined}
      data-pending={pending || undefined}
      variant={variant === "primary" || variant === "confirm-danger" ? "primary" : "secondary"}
      data-color={danger ? "danger" : undefined}
      data-size={size ?? (variant === "danger" ? "sm" : undefined)}
      className={`relative ${className ?? "self-start"}`}
    >
      <span className={pending ? "opacity-0" : undefined}>{children}</span>
      {pending && (
        <span className="absolute inset-0 flex items-center justify-center">
          <Spinner data-size="sm" aria-label={pendingText ?? "…"} />
        </span>
      )}
    </Button>
  );
}
