// Catalogue versions over an institution's life. An institution keeps the version it started
// on. When it is moved to a newer version, nothing recorded is lost: a step the new version
// dropped is still shown, read-only, with its recorded state, under its old definition.
import { CATALOGUES } from "./catalogue";
import type { TDerivedStep } from "./progress";
import { PHASES, type TCatalogue, type TRecordedStepState, type TStepDefinition } from "./types";

export interface TInstitutionStep extends TStepDefinition {
  /** True for a step with recorded progress that this catalogue version no longer has. */
  readOnly: boolean;
  /** The catalogue version the definition comes from. */
  fromVersion: number;
}

/** The most recent definition of `key` among `catalogues`, newest version first. */
function latestDefinition(key: string, catalogues: readonly TCatalogue[]): TCatalogue | undefined {
  return [...catalogues].sort((a, b) => b.version - a.version).find((c) => c.steps.some((s) => s.key === key));
}

/**
 * The steps an institution sees: every step of its catalogue version, plus each recorded step
 * that version lacks, marked readOnly and taken from the newest catalogue that defines it
 * (a placeholder if none does). Removed steps sort after their phase's current steps.
 */
export function stepsForInstitution(
  version: number,
  recordedStepKeys: Iterable<string>,
  catalogues: Readonly<Record<number, TCatalogue>> = CATALOGUES,
): TInstitutionStep[] {
  const catalogue = catalogues[version];
  if (!catalogue) throw new Error(`Unknown onboarding catalogue version ${version}`);
  const current: TInstitutionStep[] = catalogue.steps.map((s) => ({ ...s, readOnly: false, fromVersion: version }));
  const known = new Set(catalogue.steps.map((s) => s.key));
  const removed: TInstitutionStep[] = [];
  for (const key of new Set(recordedStepKeys)) {
    if (!known.has(key)) removed.push(retiredStep(key, catalogues));
  }
  const phaseIndex = (s: TStepDefinition) => PHASES.indexOf(s.phase);
  // Array.prototype.sort is stable: catalogue order holds within a phase, removed steps last.
  return [...current, ...removed].sort((a, b) => phaseIndex(a) - phaseIndex(b));
}

/** A step `version` lacks, read-only, from the newest catalogue that defines it (else a placeholder). */
function retiredStep(key: string, catalogues: Readonly<Record<number, TCatalogue>>): TInstitutionStep {
  const source = latestDefinition(key, Object.values(catalogues));
  const def = source?.steps.find((s) => s.key === key);
  return def ? { ...def, readOnly: true, fromVersion: source!.version } : placeholder(key);
}

/**
 * One step as an institution on `version` sees it: its catalogue's definition, else the
 * read-only retired definition (as stepsForInstitution gives it). For titles in feeds and links.
 */
export function institutionStep(key: string, version: number, catalogues: Readonly<Record<number, TCatalogue>> = CATALOGUES): TInstitutionStep {
  const def = catalogues[version]?.steps.find((s) => s.key === key);
  return def ? { ...def, readOnly: false, fromVersion: version } : retiredStep(key, catalogues);
}

function placeholder(key: string): TInstitutionStep {
  const phase = PHASES.find((p) => key.startsWith(`${p}-`)) ?? "D";
  return {
    key,
    phase,
    title: { nb: `Steg ${key} (utgått)`, en: `Step ${key} (retired)` },
    description: { nb: "Steget finnes ikke lenger i sjekklisten.", en: "This step is no longer in the checklist." },
    performer: "INSTITUTION",
    roles: ["Alle"],
    links: [],
    prerequisites: [],
    requiresReview: false,
    applicability: "ALWAYS",
    readOnly: true,
    fromVersion: 0,
  };
}

/**
 * A retired step as the checklist shows it: its recorded status and due date, read-only. It is
 * never applicable, so it counts in no progress, next step, waiting-on, overdue list or queue.
 */
export function deriveRetiredStep(step: TStepDefinition, state: TRecordedStepState): TDerivedStep {
  return {
    step,
    status: state.status,
    display: state.status === "AWAITING_REVIEW" && !step.requiresReview ? "IN_PROGRESS" : state.status,
    applicable: false,
    closed: state.status === "DONE" || state.status === "NOT_APPLICABLE",
    prerequisitesClosed: true,
    openPrerequisites: [],
    dueDate: state.dueDate,
    overdue: false,
  };
}

/** Whether an institution on `fromVersion` may be moved to `toVersion` (only forward). */
export function canUpgradeCatalogue(fromVersion: number, toVersion: number, catalogues = CATALOGUES): boolean {
  return toVersion > fromVersion && toVersion in catalogues;
}
