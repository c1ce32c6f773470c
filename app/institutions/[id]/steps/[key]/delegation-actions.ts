"use server";
// Issue 16, B-7: confirm or withdraw a cell of the Altinn delegation matrix. Thin: signed in, zod,
// then the use-case, which runs the step's access check (requireAccess step.update) and audits.
import { revalidatePath } from "next/cache";
import { ruleRefusal } from "@/lib/errors/app-error";
import { getActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { setDelegation } from "@/lib/server/delegation/set-delegation";
import { ZDelegationCellSchema, type TDelegationState } from "@/lib/validation/delegation";

export async function setDelegationAction(institutionId: string, _prev: TDelegationState, formData: FormData): Promise<TDelegationState> {
  const actor = await getActor();
  if (!actor) return { ok: false, code: "UNAUTHENTICATED" };
  const parsed = ZDelegationCellSchema.safeParse({ right: formData.get("right"), environment: formData.get("environment"), confirmed: formData.get("confirmed") });
  if (!parsed.success) return { ok: false, code: "INVALID", rule: "UNKNOWN_CELL" };
  try {
    await setDelegation({ db, actor, institutionId, ...parsed.data });
    revalidatePath(`/institutions/${institutionId}`, "layout");
    return { ok: true };
  } catch (error) {
    return ruleRefusal(error);
  }
}
