"use server";

import type { ActionState } from "@/lib/errors/app-error";
import { db } from "@/lib/server/db";
import { runFormAction } from "@/lib/server/institutions/action-error";
import { decideInstitutionChange } from "@/lib/server/institutions/decide-institution-change";
import { ZChangeDecisionSchema } from "@/lib/validation/institution";

/** A coordinator approves (the change is applied) or rejects (with a reason) a change request. */
export async function decideChangeRequestAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    formData,
    schema: ZChangeDecisionSchema,
    run: async (actor, input) => {
      await decideInstitutionChange({ db, actor, ...input });
    },
    revalidate: ["/bits-queue", "/"],
  });
}
