// Shared by create and update: validation of the profile and its mapping to Prisma data.
import { AppError } from "../../errors/app-error";
import { fieldErrorsOf, ZInstitutionSchema } from "../../validation/institution";

export function parseInstitution(input: unknown) {
  const parsed = ZInstitutionSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", "invalid institution", { fieldErrors: fieldErrorsOf(parsed.error) });
  const v = parsed.data;
  return {
    name: v.name,
    orgnr: v.orgnr,
    blpMember: v.blpMember,
    supplierOrgnr: v.supplierOrgnr,
    supplierName: v.supplierOrgnr || v.supplierName ? v.supplierName : null,
    targetProductionDate: v.targetProductionDate ? new Date(`${v.targetProductionDate}T00:00:00Z`) : null,
  };
}

export const ORGNR_TAKEN = () =>
  new AppError("CONFLICT", "org number in use", { fieldErrors: { orgnr: ["errors.orgnr.taken"] } });

/** The audited view of an institution (dates as yyyy-mm-dd). */
export function auditView(i: {
  name: string;
  orgnr: string;
  blpMember: boolean;
  supplierOrgnr: string | null;
  supplierName: string | null;
  targetProductionDate: Date | null;
}) {
  return {
    name: i.name,
    orgnr: i.orgnr,
    blpMember: i.blpMember,
    supplierOrgnr: i.supplierOrgnr,
    supplierName: i.supplierName,
    targetProductionDate: i.targetProductionDate ? i.targetProductionDate.toISOString().slice(0, 10) : null,
  };
}
