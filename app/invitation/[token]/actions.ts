"use server";

import type { ActionState } from "@/lib/errors/app-error";
import { db } from "@/lib/server/db";
import { actionError, formObject } from "@/lib/server/institutions/action-error";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { fieldErrorsOf } from "@/lib/validation/institution";
import { ZAcceptExistingUserSchema, ZAcceptNewUserSchema } from "@/lib/validation/invitation";

// Public: the token is the credential. The use-case decides new vs existing account by e-mail.
export async function acceptNewUserAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ZAcceptNewUserSchema.safeParse(formObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await acceptInvitation({ db, token: parsed.data.token, name: parsed.data.name, password: parsed.data.password });
  } catch (error) {
    return actionError(error);
  }
  return { ok: true };
}

export async function acceptExistingUserAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ZAcceptExistingUserSchema.safeParse(formObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await acceptInvitation({ db, token: parsed.data.token, password: parsed.data.password });
  } catch (error) {
    return actionError(error);
  }
  return { ok: true };
}
