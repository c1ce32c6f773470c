// Inputs of the integration test pages and routes (issue 16, C-4).
import { z } from "zod";

/** A run id as the URL carries it (a cuid; anything else is not a run). */
export const ZRunIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);

export type TIntegrationTestState =
  | { ok: true; message: "reportMade" }
  | { ok: false; error: "REPORT_EXISTS" | "NOT_FOUND" | "CONFLICT" | "UNAUTHENTICATED" | "STEP_LOCKED" | "generic" }
  | null;
