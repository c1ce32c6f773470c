"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/errors/app-error";
import { getActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { actionError, formObject } from "@/lib/server/institutions/action-error";
import { deleteSandboxAgreement, setSandboxEmployerMonths } from "@/lib/server/sandbox/manage-data";
import { createSandboxToken, revokeSandboxToken } from "@/lib/server/sandbox/manage-tokens";
import { fieldErrorsOf } from "@/lib/validation/institution";
import {
  ZSandboxAgreementDeleteSchema, ZSandboxEmployerFormSchema, ZSandboxTokenCreateSchema, ZSandboxTokenRevokeSchema,
} from "@/lib/validation/sandbox";

const UNAUTHENTICATED = { ok: false, code: "UNAUTHENTICATED" } as const;
const page = (institutionId: string) => `/institutions/${institutionId}/sandbox`;

/** The new token is in the answer once; only its hash is stored. */
export async function createSandboxTokenAction(institutionId: string, _prev: ActionState<{ token: string }>, formData: FormData): Promise<ActionState<{ token: string }>> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  const parsed = ZSandboxTokenCreateSchema.safeParse(formObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const { token } = await createSandboxToken({ db, actor, institutionId, name: parsed.data.name });
    revalidatePath(page(institutionId));
    return { ok: true, data: { token } };
  } catch (error) {
    return actionError(error);
  }
}

export async function revokeSandboxTokenAction(institutionId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  const parsed = ZSandboxTokenRevokeSchema.safeParse(formObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await revokeSandboxToken({ db, actor, institutionId, tokenId: parsed.data.tokenId });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(page(institutionId));
  return { ok: true };
}

export async function saveSandboxEmployerAction(institutionId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  const parsed = ZSandboxEmployerFormSchema.safeParse(formObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await setSandboxEmployerMonths({ db, actor, institutionId, opplysningspliktig: parsed.data.opplysningspliktig, months: parsed.data.ranges });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(page(institutionId));
  revalidatePath(`/institutions/${institutionId}/test-panel`); // its employer list (the test panel saves months here too)
  return { ok: true };
}

export async function deleteSandboxAgreementAction(institutionId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  const parsed = ZSandboxAgreementDeleteSchema.safeParse(formObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await deleteSandboxAgreement({ db, actor, institutionId, agreementId: parsed.data.agreementId });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(page(institutionId));
  return { ok: true };
}
