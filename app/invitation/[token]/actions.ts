"use server";

import type { ActionState } from "@/lib/errors/app-error";
import { getActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { actionError, formObject } from "@/lib/server/institutions/action-error";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { fieldErrorsOf } from "@/lib/validation/institution";
import { ZAcceptNewUserSchema, ZAcceptSignedInSchema } from "@/lib/validation/invitation";

// Public: the token is the credential for a new account.
export async function acceptNewUserAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ZAcceptNewUserSchema.safeParse(formObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await acceptInvitation({ db, token: parsed.data.token, newAccount: { name: parsed.data.name, password: parsed.data.password } });
  } catch (error) {
    return actionError(error);
  }
  return { ok: true };
}

// An existing account accepts while signed in as it (it signed in through the limited sign-in).
export async function acceptAsSignedInUserAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return { ok: false, code: "UNAUTHENTICATED" };
  const parsed = ZAcceptSignedInSchema.safeParse(formObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await acceptInvitation({ db, token: parsed.data.token, signedInAs: { id: actor.id, email: actor.email } });
  } catch (error) {
    return actionError(error);
  }
  return { ok: true };
}
