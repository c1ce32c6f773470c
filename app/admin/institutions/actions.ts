"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/errors/app-error";
import { getActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { actionError, formObject } from "@/lib/server/institutions/action-error";
import { createInstitution } from "@/lib/server/institutions/create-institution";
import { fieldErrorsOf, ZInstitutionSchema } from "@/lib/validation/institution";

export async function createInstitutionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return { ok: false, code: "UNAUTHENTICATED" };
  const input = formObject(formData);
  const parsed = ZInstitutionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  let id: string;
  try {
    id = (await createInstitution({ db, actor, input })).id;
  } catch (error) {
    return actionError(error);
  }
  revalidatePath("/");
  redirect(`/institutions/${id}`);
}
