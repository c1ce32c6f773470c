"use server";

import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors/app-error";
import { evidenceFields } from "@/lib/onboarding";
import { getActor } from "@/lib/server/access/actor";
import { addStepComment } from "@/lib/server/checklist/add-step-comment";
import { decideStepReview, sendStepForReview } from "@/lib/server/checklist/review-step";
import { updateStep, type TConflictDetails } from "@/lib/server/checklist/update-step";
import { db } from "@/lib/server/db";
import {
  evidenceFromFormData,
  idempotencyKeyFromFormData,
  stepBaseFromFormData,
  ZDecideReviewSchema,
  ZSendForReviewSchema,
  ZStepCommentSchema,
  ZStepKeySchema,
  ZUpdateStepSchema,
  type TStepActionState,
} from "@/lib/validation/checklist";

const UNAUTHENTICATED = { ok: false, code: "UNAUTHENTICATED" } as const;

function failure(error: unknown): TStepActionState {
  if (!(error instanceof AppError)) throw error;
  const d = (error.details ?? {}) as { rule?: string; fieldErrors?: Record<string, string[]>; missing?: string[] };
  if (error.code === "CONFLICT") return { ok: false, code: "CONFLICT", conflict: error.details as unknown as TConflictDetails };
  return { ok: false, code: error.code, rule: d.rule ?? (error.message !== error.code ? error.message : undefined), fieldErrors: d.fieldErrors, missing: d.missing };
}

const text = (fd: FormData, name: string) => (typeof fd.get(name) === "string" ? (fd.get(name) as string) : undefined);

export async function updateStepAction(institutionId: string, stepKey: string, _prev: TStepActionState, formData: FormData): Promise<TStepActionState> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  if (!ZStepKeySchema.safeParse(stepKey).success) return { ok: false, code: "NOT_FOUND" };
  const parsed = ZUpdateStepSchema.safeParse({
    expectedVersion: text(formData, "expectedVersion"),
    status: text(formData, "status"),
    dueDate: text(formData, "dueDate"),
    reason: text(formData, "reason"),
    comment: text(formData, "comment"),
    evidence: evidenceFromFormData(evidenceFields(stepKey), formData),
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const i of parsed.error.issues) fieldErrors[i.path.join(".")] = [i.message.startsWith("errors.") ? i.message : "errors.invalid"];
    return { ok: false, code: "INVALID", fieldErrors };
  }
  try {
    const result = await updateStep({
      db, actor, institutionId, stepKey, ...parsed.data,
      base: stepBaseFromFormData(formData),
      idempotencyKey: idempotencyKeyFromFormData(formData),
    });
    revalidatePath(`/institutions/${institutionId}`, "layout");
    return { ok: true, version: result.version, values: result.values, message: "saved" };
  } catch (error) {
    return failure(error);
  }
}

export async function addStepCommentAction(institutionId: string, stepKey: string, _prev: TStepActionState, formData: FormData): Promise<TStepActionState> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  const parsed = ZStepCommentSchema.safeParse({ body: text(formData, "body") ?? "" });
  if (!parsed.success) return { ok: false, code: "INVALID", fieldErrors: { body: [parsed.error.issues[0].message] } };
  try {
    await addStepComment({ db, actor, institutionId, stepKey, body: parsed.data.body, idempotencyKey: idempotencyKeyFromFormData(formData) });
    revalidatePath(`/institutions/${institutionId}/steps/${stepKey}`);
    return { ok: true, version: 0, message: "commented" };
  } catch (error) {
    return failure(error);
  }
}

function invalid(issues: { path: PropertyKey[]; message: string }[]): TStepActionState {
  const fieldErrors: Record<string, string[]> = {};
  for (const i of issues) fieldErrors[i.path.join(".")] = [i.message.startsWith("errors.") ? i.message : "errors.invalid"];
  return { ok: false, code: "INVALID", fieldErrors };
}

/** "Send til Bits": the institution sends the step, as it stands, for review. */
export async function sendStepForReviewAction(institutionId: string, stepKey: string, _prev: TStepActionState, formData: FormData): Promise<TStepActionState> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  if (!ZStepKeySchema.safeParse(stepKey).success) return { ok: false, code: "NOT_FOUND" };
  const parsed = ZSendForReviewSchema.safeParse({ expectedVersion: text(formData, "expectedVersion") });
  if (!parsed.success) return invalid(parsed.error.issues);
  try {
    const result = await sendStepForReview({ db, actor, institutionId, stepKey, ...parsed.data });
    revalidatePath(`/institutions/${institutionId}`, "layout");
    return { ok: true, version: result.version, message: "sent" };
  } catch (error) {
    return failure(error);
  }
}

/** "Godkjenn" or "Send tilbake" (with a reason): a coordinator decides the open round. */
export async function decideStepReviewAction(institutionId: string, stepKey: string, _prev: TStepActionState, formData: FormData): Promise<TStepActionState> {
  const actor = await getActor();
  if (!actor) return UNAUTHENTICATED;
  if (!ZStepKeySchema.safeParse(stepKey).success) return { ok: false, code: "NOT_FOUND" };
  const parsed = ZDecideReviewSchema.safeParse({ expectedVersion: text(formData, "expectedVersion"), decision: text(formData, "decision"), reason: text(formData, "reason") });
  if (!parsed.success) return invalid(parsed.error.issues);
  try {
    const result = await decideStepReview({ db, actor, institutionId, stepKey, ...parsed.data });
    revalidatePath(`/institutions/${institutionId}`, "layout");
    revalidatePath("/bits-queue");
    return { ok: true, version: result.version, message: parsed.data.decision === "APPROVED" ? "approved" : "returned" };
  } catch (error) {
    return failure(error);
  }
}
