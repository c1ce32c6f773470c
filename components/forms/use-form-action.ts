"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/errors/app-error";

/**
 * useActionState plus the values last submitted. React 19 resets a form after its action runs;
 * feeding `failedValues` back as defaultValue keeps what the user typed when the server refused it.
 */
export function useFormAction<S extends { ok: boolean } | null = ActionState>(action: (prev: S, formData: FormData) => Promise<S>) {
  const [submitted, setSubmitted] = useState<Record<string, string> | null>(null);
  // S is a plain object or null, so Awaited<S> (what useActionState speaks) is S itself
  const [awaited, formAction, pending] = useActionState(async (prev: Awaited<S>, formData: FormData) => {
    const values: Record<string, string> = {};
    formData.forEach((v, k) => {
      if (typeof v === "string" && !k.startsWith("$ACTION")) values[k] = v;
    });
    setSubmitted(values);
    return action(prev as S, formData);
  }, null as Awaited<S>);
  const state = awaited as S;
  const failedValues = state && !state.ok ? submitted : null;
  return { state, formAction, pending, failedValues };
}
