// Pure: turns a checklist source into what pages show (derived steps, progress, phase, next
// step, who it waits on, overdue steps, certificate warnings). Shared by getChecklist and the
// overview so both tell the same story.
import {
  bitsQueue,
  CATALOGUES,
  currentPhase,
  deriveRetiredStep,
  deriveSteps,
  expiringCertificates,
  progress,
  stepsForInstitution,
  stepWaitsOnParty,
  type TBitsQueueItem,
  type TCertificateWarning,
  type TDerivedStep,
  type TPhase,
  type TProgress,
  type TProgressInput,
  type TWaitingParty,
} from "../../onboarding";
import { isoDay, type TChecklistSource } from "./load-states";

export interface TChecklistStep extends TDerivedStep {
  version: number;
  updatedAt: string | null;
  updatedByName: string | null;
  /** Why the step is BLOCKED or NOT_APPLICABLE (or an override's reason). */
  reason: string | null;
  /** A step with recorded progress that the institution's catalogue version no longer has:
   * shown read-only with its recorded status; never applicable, next, overdue or queued. */
  retired: boolean;
}

export interface TChecklistSummary {
  steps: TChecklistStep[];
  progress: TProgress;
  phase: TPhase | "DONE";
  next: TChecklistStep | null;
  /** Who the next step waits on, with the supplier as its own party where it does the step (stepWaitsOnParty). */
  waitingOn: TWaitingParty | null;
  overdue: TChecklistStep[];
  /** Applicable steps someone marked BLOCKED, with their reason: a warning wherever warnings show. */
  blocked: TChecklistStep[];
  certificates: TCertificateWarning[];
  bitsQueue: TBitsQueueItem[];
  /** The latest recorded step change (ISO), or null when nothing is recorded. */
  lastActivity: string | null;
}

export function summarize(source: TChecklistSource, today: string): TChecklistSummary {
  const input: TProgressInput = { profile: source.profile, states: source.states, today, catalogue: source.catalogue };
  const byKey = new Map(source.rows.map((r) => [r.stepKey, r]));
  const recorded = (key: string) => {
    const row = byKey.get(key);
    return { version: row?.version ?? 0, updatedAt: row?.updatedAt.toISOString() ?? null, updatedByName: row?.updatedBy?.name ?? null, reason: row?.reason ?? null };
  };
  // Everything derived (progress, next, queues) comes from the catalogue's steps alone.
  const derived = new Map(deriveSteps(input).map((d) => [d.step.key, d]));
  const catalogues = { ...CATALOGUES, [source.catalogue.version]: source.catalogue };
  const steps: TChecklistStep[] = stepsForInstitution(source.catalogue.version, byKey.keys(), catalogues).map((def) => {
    const d = derived.get(def.key);
    // a retired step keeps its newest definition (or a placeholder: lib/onboarding/versions.ts)
    return d ? { ...d, ...recorded(def.key), retired: false } : { ...deriveRetiredStep(def, source.states[def.key]!), ...recorded(def.key), retired: true };
  });
  const current = steps.filter((s) => !s.retired);
  const next = current.find((s) => s.applicable && !s.closed && s.prerequisitesClosed) ?? null;
  const lastActivity = source.rows.reduce<string | null>((max, r) => {
    const at = r.updatedAt.toISOString();
    return max === null || at > max ? at : max;
  }, null);
  return {
    steps,
    progress: progress(input),
    phase: currentPhase(input),
    next,
    waitingOn: next ? stepWaitsOnParty(next, source.profile) : null,
    overdue: current.filter((s) => s.overdue),
    blocked: current.filter((s) => s.applicable && s.display === "BLOCKED"),
    certificates: expiringCertificates({ states: source.states, today }),
    bitsQueue: bitsQueue(input),
    lastActivity,
  };
}

export function institutionView(source: TChecklistSource) {
  const i = source.institution;
  return {
    id: i.id,
    name: i.name,
    orgnr: i.orgnr,
    blpMember: i.blpMember,
    supplierName: i.supplierName,
    supplierOrgnr: i.supplierOrgnr,
    targetProductionDate: isoDay(i.targetProductionDate) ?? null,
    catalogueVersion: i.catalogueVersion,
  };
}
