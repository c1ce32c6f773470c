"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/errors/app-error";
import type { PairInput } from "@/lib/rules";
import { getActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { actionError, formObject } from "@/lib/server/institutions/action-error";
import { getSandboxEmployer } from "@/lib/server/sandbox/manage-data";
import { deleteTestScenario } from "@/lib/server/test-panel/delete-test-scenario";
import { saveTestScenario } from "@/lib/server/test-panel/save-test-scenario";
import { fieldErrorsOf } from "@/lib/validation/institution";
import { ZSandboxEmployerLoadSchema, ZTestScenarioDeleteSchema, ZTestScenarioSaveFormSchema } from "@/lib/validation/test-scenario";

const UNAUTHENTICATED = { ok: false, code: "UNAUTHENTICATED" } as const;
const page = (institutionId: string) => `/institutions/${institutionId}/test-panel`;

/** Saves the panel's scenario under a name; an existing name needs `overwrite` (else CONFLICT on the name field). */
export async function saveTestScenarioAction(institutionId: string, _prev: ActionState<{ name: string }>, formData: FormData): Promise<ActionState<{ name: string }>> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  const parsed = ZTestScenarioSaveFormSchema.safeParse(formObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await saveTestScenario({ db, actor, institutionId, ...parsed.data });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(page(institutionId));
  return { ok: true, data: { name: parsed.data.name } };
}

export async function deleteTestScenarioAction(institutionId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  const parsed = ZTestScenarioDeleteSchema.safeParse(formObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await deleteTestScenario({ db, actor, institutionId, scenarioId: parsed.data.scenarioId });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(page(institutionId));
  return { ok: true };
}

/** Reads one employer's sandbox data (what the gyldighet calls answer from) for the panel. */
export async function loadSandboxEmployerAction(
  institutionId: string, _prev: ActionState<PairInput & { opplysningspliktig: string }>, formData: FormData,
): Promise<ActionState<PairInput & { opplysningspliktig: string }>> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  const parsed = ZSandboxEmployerLoadSchema.safeParse(formObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const pair = await getSandboxEmployer({ db, actor, institutionId, opplysningspliktig: parsed.data.opplysningspliktig });
    return { ok: true, data: { opplysningspliktig: parsed.data.opplysningspliktig, ...pair } };
  } catch (error) {
    return actionError(error);
  }
}
