"use server";
// Issue 16: read a business certificate, check a Maskinporten token (B-3, C-2). Thin:
// signed in, zod, then the use-case, which runs the step's access check (requireAccess step.update).
import { revalidatePath } from "next/cache";
import { ruleRefusal } from "@/lib/errors/app-error";
import { env } from "@/lib/env";
import { getActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { checkMaskinportenToken } from "@/lib/server/verification/check-token";
import { MAX_CERTIFICATE_BYTES } from "@/lib/server/verification/read-certificate";
import { uploadCertificate } from "@/lib/server/verification/upload-certificate";
import { ZCertificateUploadSchema, ZTokenCheckSchema, type TVerificationState } from "@/lib/validation/verification";

export async function uploadCertificateAction(institutionId: string, _prev: TVerificationState, formData: FormData): Promise<TVerificationState> {
  const actor = await getActor();
  if (!actor) return { ok: false, code: "UNAUTHENTICATED" };
  const parsed = ZCertificateUploadSchema.safeParse({ environment: formData.get("environment") ?? undefined, file: formData.get("file") ?? undefined });
  if (!parsed.success) {
    const field = parsed.error.issues[0].path[0] === "environment" ? "environment" : "file";
    return { ok: false, code: "INVALID", field, rule: field === "environment" ? "ENVIRONMENT_REQUIRED" : "FILE_REQUIRED" };
  }
  const { file, environment } = parsed.data;
  if (file.size === 0 && !file.name) return { ok: false, code: "INVALID", field: "file", rule: "FILE_REQUIRED" };
  // refused before it is read: a large file never reaches memory as a whole
  if (file.size > MAX_CERTIFICATE_BYTES) return { ok: false, code: "INVALID", field: "file", rule: "TOO_LARGE" };
  try {
    const bytes = Buffer.from(await file.arrayBuffer());
    const result = await uploadCertificate({ db, actor, institutionId, claimedEnvironment: environment, file: { name: file.name, bytes } });
    revalidatePath(`/institutions/${institutionId}`, "layout");
    return { ok: true, message: result.filled ? "certificateFilled" : "certificateStored" };
  } catch (error) {
    return ruleRefusal(error);
  }
}

export async function checkTokenAction(institutionId: string, stepKey: string, _prev: TVerificationState, formData: FormData): Promise<TVerificationState> {
  const actor = await getActor();
  if (!actor) return { ok: false, code: "UNAUTHENTICATED" };
  const parsed = ZTokenCheckSchema.safeParse({ stepKey, token: formData.get("token") ?? "" });
  if (!parsed.success) {
    if (parsed.error.issues[0].path[0] === "stepKey") return { ok: false, code: "NOT_FOUND" };
    return { ok: false, code: "INVALID", field: "token", rule: parsed.error.issues[0].message === "errors.tokenTooLong" ? "NOT_A_TOKEN" : "TOKEN_REQUIRED" };
  }
  try {
    const result = await checkMaskinportenToken({ db, actor, institutionId, stepKey: parsed.data.stepKey, token: parsed.data.token, jwksUrl: env.MASKINPORTEN_JWKS_URL });
    revalidatePath(`/institutions/${institutionId}/steps/${stepKey}`);
    return { ok: true, message: result.filled ? "tokenFilled" : result.checks.passed ? "tokenPassed" : "tokenFailed" };
  } catch (error) {
    return ruleRefusal(error);
  }
}
