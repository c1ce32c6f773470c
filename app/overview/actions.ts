"use server";
// The overview's working tools (issue 15): saved views and bulk actions. Thin: the signed-in
// actor, zod, the use-case (which checks access itself), the page refreshed.
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/errors/app-error";
import { getActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { actionError, runFormAction } from "@/lib/server/institutions/action-error";
import { runBulkAction, type TBulkResult } from "@/lib/server/portfolio/bulk-actions";
import { createSavedView, deleteSavedView, renameSavedView, shareSavedView } from "@/lib/server/portfolio/saved-views";
import { fieldErrorsOf } from "@/lib/validation/institution";
import { bulkInput, ZBulkActionSchema, ZSavedViewCreateSchema, ZSavedViewIdSchema, ZSavedViewRenameSchema, ZSavedViewShareSchema } from "@/lib/validation/overview-tools";

const PAGE = "/overview";

export async function saveViewAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    formData,
    schema: ZSavedViewCreateSchema,
    run: async (actor, input) => {
      await createSavedView({ db, actor, input });
    },
    revalidate: [PAGE],
  });
}

export async function renameViewAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({ formData, schema: ZSavedViewRenameSchema, run: (actor, input) => renameSavedView({ db, actor, ...input }), revalidate: [PAGE] });
}

export async function shareViewAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({ formData, schema: ZSavedViewShareSchema, run: (actor, input) => shareSavedView({ db, actor, ...input }), revalidate: [PAGE] });
}

export async function deleteViewAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({ formData, schema: ZSavedViewIdSchema, run: (actor, input) => deleteSavedView({ db, actor, ...input }), revalidate: [PAGE] });
}

/** One bulk action on the institutions checked in the overview (`ids` repeats). */
export async function bulkOverviewAction(_prev: ActionState<TBulkResult>, formData: FormData): Promise<ActionState<TBulkResult>> {
  const actor = await getActor();
  if (!actor) return { ok: false, code: "UNAUTHENTICATED" };
  const parsed = ZBulkActionSchema.safeParse(bulkInput(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const data = await runBulkAction({ db, actor, action: parsed.data });
    revalidatePath(PAGE);
    revalidatePath("/bits-queue");
    return { ok: true, data };
  } catch (error) {
    return actionError(error);
  }
}
