"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/errors/app-error";
import { getActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { actionError, formObject } from "@/lib/server/institutions/action-error";
import { invite, type InviteResult } from "@/lib/server/invitations/invite";
import { changeUserRole } from "@/lib/server/users/change-user-role";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { fieldErrorsOf } from "@/lib/validation/institution";
import { ZCoordinatorInvitationSchema, ZInstitutionInvitationSchema } from "@/lib/validation/invitation";
import { ZUserDisableSchema, ZUserRoleChangeSchema } from "@/lib/validation/user";

const UNAUTHENTICATED = { ok: false, code: "UNAUTHENTICATED" } as const;

export async function setUserDisabledAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  const parsed = ZUserDisableSchema.safeParse(formObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await setUserDisabled({ db, actor, ...parsed.data });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath("/admin/users");
  return { ok: true };
}

export async function changeUserRoleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  const parsed = ZUserRoleChangeSchema.safeParse(formObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await changeUserRole({ db, actor, ...parsed.data });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath("/admin/users");
  return { ok: true };
}

export async function inviteCoordinatorAction(_prev: ActionState<InviteResult>, formData: FormData): Promise<ActionState<InviteResult>> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  const parsed = ZCoordinatorInvitationSchema.safeParse(formObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return { ok: true, data: await invite({ actor, ...parsed.data, institutionId: null, memberRole: null }) };
  } catch (error) {
    return actionError(error);
  }
}

export async function inviteToInstitutionAction(_prev: ActionState<InviteResult>, formData: FormData): Promise<ActionState<InviteResult>> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  const parsed = ZInstitutionInvitationSchema.safeParse(formObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return { ok: true, data: await invite({ actor, ...parsed.data, role: "INSTITUTION_USER" }) };
  } catch (error) {
    return actionError(error);
  }
}
