"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/errors/app-error";
import { db } from "@/lib/server/db";
import { formObject, runFormAction } from "@/lib/server/institutions/action-error";
import { createInstitution } from "@/lib/server/institutions/create-institution";
import { ZInstitutionSchema } from "@/lib/validation/institution";

export async function createInstitutionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runFormAction({
    formData,
    schema: ZInstitutionSchema,
    // the use-case parses the form itself (create and update share that parsing)
    run: async (actor) => (await createInstitution({ db, actor, input: formObject(formData) })).id,
    revalidate: ["/"],
  });
  if (!result?.ok) return result;
  redirect(`/institutions/${result.data}`);
}
