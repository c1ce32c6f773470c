"use server";

import type { ActionState } from "@/lib/errors/app-error";
import type { PairInput } from "@/lib/rules";
import { db } from "@/lib/server/db";
import { runFormAction } from "@/lib/server/institutions/action-error";
import { getSandboxEmployer } from "@/lib/server/sandbox/manage-data";
import { deleteTestScenario } from "@/lib/server/test-panel/delete-test-scenario";
import { saveTestScenario } from "@/lib/server/test-panel/save-test-scenario";
import { ZSandboxEmployerLoadSchema, ZTestScenarioDeleteSchema, ZTestScenarioSaveFormSchema } from "@/lib/validation/test-scenario";

const page = (institutionId: string) => `/institutions/${institutionId}/test-panel`;

/** Saves the panel's scenario under a name; an existing name needs `overwrite` (else CONFLICT on the name field). */
export async function saveTestScenarioAction(institutionId: string, _prev: ActionState<{ name: string }>, formData: FormData): Promise<ActionState<{ name: string }>> {
  return runFormAction({
    formData,
    schema: ZTestScenarioSaveFormSchema,
    run: async (actor, input) => {
      await saveTestScenario({ db, actor, institutionId, ...input });
      return { name: input.name };
    },
    revalidate: [page(institutionId)],
  });
}

export async function deleteTestScenarioAction(institutionId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    formData,
    schema: ZTestScenarioDeleteSchema,
    run: async (actor, input) => {
      await deleteTestScenario({ db, actor, institutionId, scenarioId: input.scenarioId });
    },
    revalidate: [page(institutionId)],
  });
}

/** Reads one employer's sandbox data (what the gyldighet calls answer from) for the panel. */
export async function loadSandboxEmployerAction(
  institutionId: string, _prev: ActionState<PairInput & { opplysningspliktig: string }>, formData: FormData,
): Promise<ActionState<PairInput & { opplysningspliktig: string }>> {
  return runFormAction({
    formData,
    schema: ZSandboxEmployerLoadSchema,
    run: async (actor, { opplysningspliktig }) => ({ opplysningspliktig, ...(await getSandboxEmployer({ db, actor, institutionId, opplysningspliktig })) }),
  });
}
