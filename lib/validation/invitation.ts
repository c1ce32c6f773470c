// Invitation forms. Messages are translation keys in the "admin" namespace (errors.*).
import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "../server/auth/password-policy";
import { zId, zText } from "./text";

export const ZEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "errors.required")
  .max(254, "errors.tooLong")
  .pipe(z.email({ message: "errors.email" }));

/** Invite to an institution (role INSTITUTION_USER with a member role). */
export const ZInstitutionInvitationSchema = z.object({
  email: ZEmailSchema,
  institutionId: zId("errors.institution"),
  memberRole: z.enum(["OWNER", "MEMBER"], { message: "errors.memberRole" }),
  /** Employed by the institution itself or by its third-party supplier (only offered when it has one). */
  affiliation: z.enum(["INSTITUTION", "SUPPLIER"], { message: "errors.affiliation" }).default("INSTITUTION"),
});
export type TInstitutionInvitation = z.infer<typeof ZInstitutionInvitationSchema>;

/** Resend or revoke a pending invitation. */
export const ZInvitationIdSchema = z.object({ invitationId: zId("errors.invalid") });

/** Invite a coordinator (or admin): no institution. */
export const ZCoordinatorInvitationSchema = z.object({
  email: ZEmailSchema,
  role: z.enum(["COORDINATOR", "ADMIN"], { message: "errors.role" }),
});
export type TCoordinatorInvitation = z.infer<typeof ZCoordinatorInvitationSchema>;

const password = z.string().min(MIN_PASSWORD_LENGTH, "errors.passwordTooShort").max(1000, "errors.tooLong");

/** First visit: a new account. */
export const ZAcceptNewUserSchema = z
  .object({
    token: z.string().min(1).max(200),
    name: zText({ min: 1, max: 200, messages: { required: "errors.required", tooLong: "errors.tooLong" } }),
    password,
    repeat: z.string(),
  })
  .refine((v) => v.password === v.repeat, { path: ["repeat"], message: "errors.passwordMismatch" });
export type TAcceptNewUser = z.infer<typeof ZAcceptNewUserSchema>;

/** The e-mail already has an account: accepted while signed in as it (no password here). */
export const ZAcceptSignedInSchema = z.object({ token: z.string().min(1).max(200) });
export type TAcceptSignedIn = z.infer<typeof ZAcceptSignedInSchema>;

/** `npm run admin:create -- --email … --name …`: the first (or another) administrator. */
export const ZAdminCreateSchema = z.object({
  email: ZEmailSchema,
  name: zText({ min: 1, max: 200, messages: { required: "errors.required", tooLong: "errors.tooLong", characters: "errors.invalidText" } }),
  /** The public origin the link starts with (NEXTAUTH_URL). */
  baseUrl: z.url({ protocol: /^https?$/, message: "errors.baseUrl" }),
});
export type TAdminCreate = z.infer<typeof ZAdminCreateSchema>;
