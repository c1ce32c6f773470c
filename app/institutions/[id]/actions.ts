"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/errors/app-error";
import { getActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { actionError, formObject } from "@/lib/server/institutions/action-error";
import { changeMemberRole } from "@/lib/server/institutions/change-member-role";
import { removeMember } from "@/lib/server/institutions/remove-member";
import { updateInstitution } from "@/lib/server/institutions/update-institution";
import { invite, type InviteResult } from "@/lib/server/invitations/invite";
import { fieldErrorsOf, ZInstitutionSchema, ZMemberRemoveSchema, ZMemberRoleChangeSchema } from "@/lib/validation/institution";
import { ZInstitutionInvitationSchema } from "@/lib/validation/invitation";

const UNAUTHENTICATED = { ok: false, code: "UNAUTHENTICATED" } as const;

export async function updateInstitutionAction(institutionId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  const input = formObject(formData);
  const parsed = ZInstitutionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await updateInstitution({ db, actor, institutionId, input });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/institutions/${institutionId}`);
  revalidatePath("/");
  return { ok: true };
}

export async function changeMemberRoleAction(institutionId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  const parsed = ZMemberRoleChangeSchema.safeParse(formObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await changeMemberRole({ db, actor, institutionId, ...parsed.data });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/institutions/${institutionId}`);
  return { ok: true };
}

export async function removeMemberAction(institutionId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  const parsed = ZMemberRemoveSchema.safeParse(formObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await removeMember({ db, actor, institutionId, ...parsed.data });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/institutions/${institutionId}`);
  return { ok: true };
}

export async function inviteMemberAction(institutionId: string, _prev: ActionState<InviteResult>, formData: FormData): Promise<ActionState<InviteResult>> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  const parsed = ZInstitutionInvitationSchema.safeParse({ ...formObject(formData), institutionId });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const data = await invite({ actor, ...parsed.data, role: "INSTITUTION_USER" });
    return { ok: true, data };
  } catch (error) {
    return actionError(error);
  }
}
