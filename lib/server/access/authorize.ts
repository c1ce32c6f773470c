import "server-only";
import { notFound } from "next/navigation";
import { can, type TAction } from "../../onboarding/permissions";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import type { Actor } from "./actor";

/**
 * The one access check. Outside the actor's scope the answer is "not found" (never "forbidden",
 * which would confirm the institution exists) and the attempt is written to the audit trail.
 */
export async function isAllowed(actor: Actor, action: TAction, institutionId?: string): Promise<boolean> {
  if (can(actor, action, { institutionId })) return true;
  // Only log ids that exist: a guessed id must not create a dangling reference.
  const exists = institutionId ? (await db.institution.count({ where: { id: institutionId } })) > 0 : false;
  await recordAudit(db, {
    actor: actor.email,
    action: "access.denied",
    subject: `${action}${institutionId ? ` institution:${institutionId}` : ""}`,
    institutionId: exists ? institutionId : null,
  });
  return false;
}

/** For pages and actions: continue when allowed, else Next's 404. */
export async function assertCan(actor: Actor, action: TAction, institutionId?: string): Promise<void> {
  if (!(await isAllowed(actor, action, institutionId))) notFound();
}
