import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { ActionState } from "../../errors/app-error";
import { fieldErrorsOf } from "../../validation/institution";
import { getActor, type Actor } from "../access/actor";
import { AppError } from "../../errors/app-error";

/**
 * Maps an expected failure of a use-case to what `useActionState` gets back: field errors
 * (translation keys) when the use-case named a field, else the error code. Unexpected errors
 * are rethrown (Next shows the error page and logs them).
 */
export function actionError(error: unknown): Exclude<ActionState<never>, { ok: true } | null> {
  if (error instanceof AppError) {
    const fieldErrors = error.details?.fieldErrors as Record<string, string[]> | undefined;
    return fieldErrors ? { ok: false, code: error.code, fieldErrors } : { ok: false, code: error.code, formError: error.message };
  }
  throw error;
}

/** FormData as a plain object of strings (files are dropped). */
export function formObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) out[k] = v;
  return out;
}

/**
 * The steps every form action shares: a signed-in actor (else UNAUTHENTICATED), the form parsed
 * by `schema` (else its field errors), the use-case (its expected failures mapped by
 * actionError), then the pages to refresh. `run` returns the success payload, if any.
 */
export async function runFormAction<S extends z.ZodType, T = undefined>(opts: {
  formData: FormData;
  /** Values the server bound to the action (e.g. the institution of the page): they win over posted fields of the same name. */
  bound?: Record<string, string>;
  schema: S;
  run: (actor: Actor, input: z.output<S>) => Promise<T>;
  revalidate?: readonly string[];
}): Promise<ActionState<Exclude<T, void>>> {
  const actor = await getActor();
  if (!actor) return { ok: false, code: "UNAUTHENTICATED" };
  const parsed = opts.schema.safeParse({ ...formObject(opts.formData), ...opts.bound });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  let data: T;
  try {
    data = await opts.run(actor, parsed.data);
  } catch (error) {
    return actionError(error);
  }
  for (const path of opts.revalidate ?? []) revalidatePath(path);
  return data === undefined ? { ok: true } : { ok: true, data: data as Exclude<T, void> };
}
