"use server";
// Issue 16, C-4: start an integration test run, make its report. Thin: signed in, zod, then the
// use-case, which runs the access check (requireAccess step.update) itself.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { AppError } from "@/lib/errors/app-error";
import { getActor } from "@/lib/server/access/actor";
import { ownOrigin } from "@/lib/server/auth/own-origin";
import { db } from "@/lib/server/db";
import { createIntegrationTestReport } from "@/lib/server/integration-test/report";
import { startIntegrationTestRun } from "@/lib/server/integration-test/runs";
import { ZRunIdSchema, type TIntegrationTestState } from "@/lib/validation/integration-test";

function failure(error: unknown): TIntegrationTestState {
  if (!(error instanceof AppError)) throw error;
  const rule = (error.details as { rule?: string } | undefined)?.rule;
  if (rule === "REPORT_EXISTS") return { ok: false, error: "REPORT_EXISTS" };
  if (error.code === "NOT_FOUND") return { ok: false, error: "NOT_FOUND" };
  if (error.code === "CONFLICT") return { ok: false, error: "CONFLICT" };
  // the step's own rules: C-4 sent to Bits or approved is not the user's to change
  if (rule) return { ok: false, error: "STEP_LOCKED" };
  return { ok: false, error: "generic" };
}

// bound to the institution; the form sends nothing else (useActionState passes the previous state and the form data)
export async function startIntegrationTestRunAction(institutionId: string): Promise<TIntegrationTestState> {
  const actor = await getActor();
  if (!actor) return { ok: false, error: "UNAUTHENTICATED" };
  let runId: string;
  try {
    runId = (await startIntegrationTestRun({ db, actor, institutionId })).id;
  } catch (error) {
    return failure(error);
  }
  revalidatePath(`/institutions/${institutionId}/integration-test`);
  redirect(`/institutions/${institutionId}/integration-test/${runId}`);
}

export async function createIntegrationTestReportAction(institutionId: string, runId: string): Promise<TIntegrationTestState> {
  const actor = await getActor();
  if (!actor) return { ok: false, error: "UNAUTHENTICATED" };
  if (!ZRunIdSchema.safeParse(runId).success) return { ok: false, error: "NOT_FOUND" };
  try {
    await createIntegrationTestReport({ db, actor, institutionId, runId, origin: ownOrigin(), locale: (await getLocale()) === "en" ? "en" : "nb" });
  } catch (error) {
    return failure(error);
  }
  revalidatePath(`/institutions/${institutionId}`, "layout");
  return { ok: true, message: "reportMade" };
}
