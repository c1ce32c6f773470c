// Core vocabulary of the onboarding catalogue: phases, performers, statuses and the shapes
// the pure functions work on. No Next/React/Prisma here: this file runs in the browser too.
import { z } from "zod";

export const PHASES = ["A", "B", "C", "D"] as const;
export const ZPhaseSchema = z.enum(PHASES);
export type TPhase = z.infer<typeof ZPhaseSchema>;

/** Who carries out a step: the institution, Bits (the coordinator) or both (B-4). */
export const ZPerformerSchema = z.enum(["INSTITUTION", "BITS", "SHARED"]);
export type TPerformer = z.infer<typeof ZPerformerSchema>;

/** Role tags shown on each step, as the public guide names them. */
export const ZRoleTagSchema = z.enum(["IT", "Forretning", "Alle", "Bits"]);
export type TRoleTag = z.infer<typeof ZRoleTagSchema>;

/** Recorded statuses. CANNOT_START_YET is never recorded: it is derived (see progress.ts). */
export const STEP_STATUSES = [
  "NOT_STARTED",
  "IN_PROGRESS",
  "AWAITING_REVIEW",
  "DONE",
  "BLOCKED",
  "NOT_APPLICABLE",
] as const;
export const ZStepStatusSchema = z.enum(STEP_STATUSES);
export type TStepStatus = z.infer<typeof ZStepStatusSchema>;
export type TDerivedStatus = TStepStatus | "CANNOT_START_YET";

export const ZLocalizedSchema = z.object({ nb: z.string().min(1), en: z.string().min(1) });
export type TLocalized = z.infer<typeof ZLocalizedSchema>;

export const ZStepLinkSchema = z.object({
  label: ZLocalizedSchema,
  url: z.url({ protocol: /^https$/ }),
});
export type TStepLink = z.infer<typeof ZStepLinkSchema>;

/** ALWAYS, or only when the institution has declared a third-party supplier (B-7). */
export const ZApplicabilitySchema = z.enum(["ALWAYS", "SUPPLIER_ONLY"]);
export type TApplicability = z.infer<typeof ZApplicabilitySchema>;

export const ZStepDefinitionSchema = z.object({
  key: z.string().regex(/^[A-D]-\d+$/),
  phase: ZPhaseSchema,
  title: ZLocalizedSchema,
  description: ZLocalizedSchema,
  performer: ZPerformerSchema,
  roles: z.array(ZRoleTagSchema).min(1),
  links: z.array(ZStepLinkSchema),
  prerequisites: z.array(z.string()),
  requiresReview: z.boolean(),
  applicability: ZApplicabilitySchema,
  /** Optional hint for planning a due date: typical duration in working days. */
  typicalWorkingDays: z.object({ min: z.number().int().min(0), max: z.number().int().min(0) }).optional(),
});
export type TStepDefinition = z.infer<typeof ZStepDefinitionSchema>;

export interface TCatalogue {
  version: number;
  steps: readonly TStepDefinition[];
}

export const ZInstitutionProfileSchema = z.object({
  /** Member of Bits' BLP agreement: decides the B-2 form variant. */
  blpMember: z.boolean(),
  /** A third-party supplier integrates on the institution's behalf (B-3, B-5, B-6, B-7, A-6). */
  hasSupplier: z.boolean(),
});
export type TInstitutionProfile = z.infer<typeof ZInstitutionProfileSchema>;

const isoDate = z.iso.date();

export const ZRecordedStepStateSchema = z.object({
  status: ZStepStatusSchema,
  dueDate: isoDate.optional(),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
  /** Why a step is BLOCKED or NOT_APPLICABLE, or the coordinator's comment. */
  reason: z.string().optional(),
  evidence: z.unknown().optional(),
  /** Bits returned the step in its latest review round, with this reason, and it has not been
   * sent again since (display state RETURNED; step-state.ts). */
  returnedReason: z.string().optional(),
});
export type TRecordedStepState = z.infer<typeof ZRecordedStepStateSchema>;
export type TRecordedStates = Readonly<Record<string, TRecordedStepState | undefined>>;
