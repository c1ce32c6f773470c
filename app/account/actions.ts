"use server";

import { headers } from "next/headers";
import { AppError, type ActionState } from "@/lib/errors/app-error";
import { env } from "@/lib/env";
import { ZChangePasswordSchema } from "@/lib/validation/account";
import { getActor } from "@/lib/server/access/actor";
import { changePassword } from "@/lib/server/account/change-password";
import { clientAddress } from "@/lib/server/auth/client-address";
import { db } from "@/lib/server/db";

export async function changePasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return { ok: false, code: "UNAUTHENTICATED" };
  const parsed = ZChangePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: parsed.error.flatten().fieldErrors as Record<string, string[]> };
  try {
    const client = clientAddress(await headers(), env.TRUSTED_PROXY_HOPS);
    await changePassword({ db, userId: actor.id, ...parsed.data, client });
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError && error.message === "wrongPassword") return { ok: false, fieldErrors: { currentPassword: ["wrongPassword"] } };
    if (error instanceof AppError && error.details?.fieldErrors) return { ok: false, fieldErrors: error.details.fieldErrors as Record<string, string[]> };
    if (error instanceof AppError && error.code === "RATE_LIMITED") {
      return { ok: false, code: "RATE_LIMITED", fieldErrors: { currentPassword: ["rateLimited"] } };
    }
    if (error instanceof AppError) return { ok: false, code: error.code };
    throw error;
  }
}
