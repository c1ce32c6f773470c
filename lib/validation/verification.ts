// zod schemas of the verification forms (issue 16): a certificate upload on A-2, a token on B-3/C-2.
import { z } from "zod";
import { CERT_ENVIRONMENTS } from "../onboarding/evidence-primitives";
import { TOKEN_STEPS } from "../verification/maskinporten-token";

/** A file as FormData gives it (a Blob with a name); the content is read and checked in lib/server/verification. */
const zFile = z.custom<File>((v) => typeof v === "object" && v !== null && typeof (v as Blob).arrayBuffer === "function" && typeof (v as File).name === "string", "errors.fileRequired");

export const ZCertificateUploadSchema = z.object({
  environment: z.enum(CERT_ENVIRONMENTS, "errors.environmentRequired"),
  file: zFile,
});

export const ZTokenCheckSchema = z.object({
  stepKey: z.enum(TOKEN_STEPS),
  token: z.string().trim().min(1, "errors.tokenRequired").max(16 * 1024, "errors.tokenTooLong"),
});

/** What the verification forms' actions answer. */
export type TVerificationState =
  | { ok: true; message: "certificateFilled" | "certificateStored" | "tokenPassed" | "tokenFailed" | "tokenFilled" }
  | { ok: false; code: string; rule?: string; field?: "file" | "environment" | "token" }
  | null;
