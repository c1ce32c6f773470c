// The last-owner rule: an institution that has an owner keeps one. The database enforces it (the
// trigger "Membership_keep_last_owner", which also locks the institution's row); the use-cases
// lock the same row first, so two owners changing each other at once run one after the other and
// the second sees the first's change, and they answer with the normal error themselves.
import { AppError } from "../../errors/app-error";
import type { Prisma } from "../../generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw" | "membership">;

/** Locks the institution's row until the transaction ends (FOR NO KEY UPDATE: writers of its
 * steps and comments, which only reference it, are not held up). */
export async function lockInstitution(tx: Tx, institutionId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Institution" WHERE "id" = ${institutionId} FOR NO KEY UPDATE`;
}

/** Throws CONFLICT "last owner" when taking the OWNER role from one membership leaves none.
 * Call it after lockInstitution, in the same transaction. */
export async function assertNotLastOwner(tx: Tx, institutionId: string): Promise<void> {
  const owners = await tx.membership.count({ where: { institutionId, memberRole: "OWNER" } });
  if (owners <= 1) throw lastOwner();
}

export const lastOwner = () => new AppError("CONFLICT", "last owner");

/** The database's refusal (SQLSTATE 23514 from the trigger), as Prisma's driver adapters hand it
 * over: a DriverAdapterError whose `cause` has the code and the trigger's message. */
export function isLastOwnerViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  return cause?.code === "23514" && typeof cause.message === "string" && cause.message.includes("would be left without an owner");
}
