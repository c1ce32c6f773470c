// The one access check. Use-cases take their own database client (so integration tests can pass
// one); pages go through ./authorize.ts, which calls this. Outside your scope the answer is
// NOT_FOUND, never "forbidden" (which would confirm the institution exists), and the attempt is
// written to the audit trail.
import { AppError } from "../../errors/app-error";
import { can, type TAction, type TActor } from "../../onboarding/permissions";
import { textProblem } from "../../validation/text";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../prisma-client";

/** The fields of the signed-in user the use-cases need (lib/server/access/actor.ts `Actor`). */
export interface CoreActor extends TActor {
  id: string;
  email: string;
}

export async function requireAccess(opts: {
  db: PrismaClient;
  actor: CoreActor;
  action: TAction;
  institutionId?: string | null;
}): Promise<void> {
  const institutionId = opts.institutionId ?? undefined;
  // A forged id (a bound argument is attacker-controlled) with NUL or a lone surrogate is simply
  // not found: PostgreSQL would refuse it as text and the request would fail with a 500.
  if (institutionId !== undefined && textProblem(institutionId) !== null) throw new AppError("NOT_FOUND");
  if (can(opts.actor, opts.action, { institutionId })) return;
  // Only reference ids that exist: a guessed id must not create a dangling reference.
  const exists = institutionId ? (await opts.db.institution.count({ where: { id: institutionId } })) > 0 : false;
  await recordAudit(opts.db, {
    actor: opts.actor.email,
    action: "access.denied",
    subject: `${opts.action}${institutionId ? ` institution:${institutionId}` : ""}`,
    institutionId: exists ? institutionId : null,
  });
  throw new AppError("NOT_FOUND");
}

/** A unique-constraint violation: Prisma's P2002, or (PGlite adapter) the raw SQLSTATE 23505
 * that reaches us as a DriverAdapterError. */
export function isUniqueViolation(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  return e.code === "P2002" || e.cause?.code === "23505";
}
