import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "../../errors/app-error";
import type { TAction } from "../../onboarding/permissions";
import { db } from "../db";
import type { Actor } from "./actor";
import { requireAccess } from "./require-access";

/** true when allowed; else the refusal is logged (see requireAccess) and the answer is false. */
export async function isAllowed(actor: Actor, action: TAction, institutionId?: string): Promise<boolean> {
  try {
    await requireAccess({ db, actor, action, institutionId });
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return false;
    throw error;
  }
}

/** For pages: continue when allowed, else Next's 404. */
export async function assertCan(actor: Actor, action: TAction, institutionId?: string): Promise<void> {
  if (!(await isAllowed(actor, action, institutionId))) notFound();
}
