// Users admin forms. Messages are translation keys in the "admin" namespace (errors.*).
import { z } from "zod";
import { zId, zText } from "./text";

export const ZUserRoleSchema = z.enum(["ADMIN", "COORDINATOR", "INSTITUTION_USER"], { message: "errors.role" });

export const ZUserDisableSchema = z.object({
  userId: zId(),
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type TUserDisable = z.infer<typeof ZUserDisableSchema>;

export const ZUserRoleChangeSchema = z.object({
  userId: zId(),
  role: ZUserRoleSchema,
});
export type TUserRoleChange = z.infer<typeof ZUserRoleChangeSchema>;

/** Staff of a third-party supplier (its org number) or of no supplier (empty). */
export const ZUserSupplierChangeSchema = z.object({
  userId: zId(),
  supplierOrgnr: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().regex(/^\d{9}$/, "errors.unknownSupplier").nullable()),
});
export type TUserSupplierChange = z.infer<typeof ZUserSupplierChangeSchema>;

export const ZUserFilterSchema = z.object({ q: zText({ max: 200 }).optional().catch(undefined) });
export type TUserFilter = z.infer<typeof ZUserFilterSchema>;
