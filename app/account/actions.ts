"use server";

import { AppError, type ActionState } from "@/lib/errors/app-error";
import { ZChangePasswordSchema } from "@/lib/validation/account";
import { getActor } from "@/lib/server/access/actor";
import { changePassword } from "@/lib/server/account/change-password";
import { db } from "@/lib/server/db";

export async function changePasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return { ok: false, code: "UNAUTHENTICATED" };
  const parsed = ZChangePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: parsed.error.flatten().fieldErrors as Record<string, string[]> };
  try {
    await changePassword({ db, userId: actor.id, ...parsed.data });
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError && error.message === "wrongPassword") return { ok: false, fieldErrors: { currentPassword: ["wrongPassword"] } };
    if (error instanceof AppError) return { ok: false, code: error.code };
    throw error;
  }
}
