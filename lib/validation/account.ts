import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "../server/auth/password-policy";

export const ZChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "required"),
    newPassword: z.string().min(MIN_PASSWORD_LENGTH, "tooShort").max(200, "tooLong"),
    repeatPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.repeatPassword, { path: ["repeatPassword"], message: "mismatch" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "sameAsOld" });
export type TChangePassword = z.infer<typeof ZChangePasswordSchema>;
