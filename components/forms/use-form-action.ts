"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/errors/app-error";

/**
 * useActionState plus the values last submitted. React 19 resets a form after its action runs;
 * feeding `failedValues` back as defaultValue keeps what the user typed when the server refused it.
 */
export function useFormAction<T>(action: (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>) {
  const [submitted, setSubmitted] = useState<Record<string, string> | null>(null);
  const [state, formAction, pending] = useActionState(async (prev: ActionState<T>, formData: FormData) => {
    const values: Record<string, string> = {};
    formData.forEach((v, k) => {
      if (typeof v === "string" && !k.startsWith("$ACTION")) values[k] = v;
    });
    setSubmitted(values);
    return action(prev, formData);
  }, null);
  const failedValues = state && !state.ok ? submitted : null;
  return { state, formAction, pending, failedValues };
}
