// One institution's profile, for actors allowed `institution.read` on it.
import { AppError } from "../../errors/app-error";
import type { PrismaClient } from "../prisma-client";
import { requireAccess, type CoreActor } from "../access/require-access";

export const INSTITUTION_PROFILE_SELECT = {
  id: true,
  name: true,
  orgnr: true,
  blpMember: true,
  supplierOrgnr: true,
  supplierName: true,
  targetProductionDate: true,
  updatedAt: true,
} as const;

export async function getInstitution(opts: { db: PrismaClient; actor: CoreActor; institutionId: string }) {
  await requireAccess({ ...opts, action: "institution.read" });
  const institution = await opts.db.institution.findUnique({
    where: { id: opts.institutionId },
    select: INSTITUTION_PROFILE_SELECT,
  });
  if (!institution) throw new AppError("NOT_FOUND");
  return institution;
}
