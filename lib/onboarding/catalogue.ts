// The versioned step catalogue. An institution keeps the version it started on (see
// versions.ts); a new version is a new entry in CATALOGUES, never an edit of an old one.
//
// Prerequisites: a step waits only for steps whose *output* it needs, so nobody is held back
// by a reading task. Why each edge exists:
//   B-4 ← B-2        Bits initiates signing once the registration form is approved.
//   B-5 ← B-4        Bits orders TT02 access for an institution that has signed the agreement.
//   B-6 ← B-3, B-4   scopes are granted to a Maskinporten customer with a signed agreement.
//   B-7 ← B-5        delegation in test is done by the TT02 test user B-5 orders.
//   C-1 ← B-1, B-6   "in test" needs NAV's Aa-register access and the agencies' test access.
//   C-2 ← C-1, A-2   the Maskinporten client needs test access and the test certificate.
//   C-3 ← C-2, B-7, B-8, A-5, A-7
//                    calling the APIs needs a Maskinporten token, the supplier's delegation
//                    (B-7; not applicable without a supplier, which counts as closed), NAV's
//                    subscription key, an environment to run in and firewall openings.
//   C-4 ← C-3, A-6   the integration test runs on the connection and the reviewed test data.
//   C-7 ← C-4        readiness means the integration test is passed and reported.
//   D-1 ← C-7        production access follows the confirmed readiness.
//   D-2 ← D-1        the routines are taken into use with the production service.
// Phase A, B-1, B-2, B-3, B-8 and C-6 have none: they can start on day one.
import { STEPS_A } from "./steps-a";
import { STEPS_B } from "./steps-b";
import { STEPS_C, STEPS_D } from "./steps-cd";
import { PHASES, type TCatalogue, type TLocalized, type TPhase, type TStepDefinition } from "./types";

export const CATALOGUE_VERSION = 1;

export const STEP_KEYS = [
  "A-1", "A-2", "A-3", "A-4", "A-5", "A-6", "A-7", "A-8",
  "B-1", "B-2", "B-3", "B-4", "B-5", "B-6", "B-7", "B-8",
  "C-1", "C-2", "C-3", "C-4", "C-6", "C-7",
  "D-1", "D-2",
] as const;
export type TStepKey = (typeof STEP_KEYS)[number];

export const PHASE_TITLES: Readonly<Record<TPhase, TLocalized>> = {
  A: { nb: "Forberedelse", en: "Preparation" },
  B: { nb: "Registrering og avtaleinngåelse", en: "Registration and agreements" },
  C: { nb: "Påkobling til test og integrasjonstesting", en: "Test connection and integration testing" },
  D: { nb: "Påkobling til produksjon", en: "Production connection" },
};

export const CATALOGUE_V1: TCatalogue = {
  version: 1,
  steps: [...STEPS_A, ...STEPS_B, ...STEPS_C, ...STEPS_D],
};

/** Every published catalogue by version. Add, never rewrite. */
export const CATALOGUES: Readonly<Record<number, TCatalogue>> = { 1: CATALOGUE_V1 };

export function getCatalogue(version: number = CATALOGUE_VERSION): TCatalogue {
  const c = CATALOGUES[version];
  if (!c) throw new Error(`Unknown onboarding catalogue version ${version}`);
  return c;
}

export function findStep(key: string, catalogue: TCatalogue = getCatalogue()): TStepDefinition | undefined {
  return catalogue.steps.find((s) => s.key === key);
}

export function getStep(key: string, catalogue: TCatalogue = getCatalogue()): TStepDefinition {
  const s = findStep(key, catalogue);
  if (!s) throw new Error(`Unknown onboarding step ${key} in catalogue v${catalogue.version}`);
  return s;
}

/** Integrity problems of a catalogue (empty when sound): duplicate keys, unknown
 * prerequisites, a prerequisite in a later phase, cycles. Run on every version in the tests. */
export function catalogueProblems(catalogue: TCatalogue): string[] {
  const problems: string[] = [];
  const byKey = new Map<string, TStepDefinition>();
  for (const s of catalogue.steps) {
    if (byKey.has(s.key)) problems.push(`duplicate key ${s.key}`);
    byKey.set(s.key, s);
  }
  for (const s of catalogue.steps) {
    for (const p of s.prerequisites) {
      const pre = byKey.get(p);
      if (!pre) problems.push(`${s.key}: unknown prerequisite ${p}`);
      else if (PHASES.indexOf(pre.phase) > PHASES.indexOf(s.phase)) problems.push(`${s.key}: prerequisite ${p} is in a later phase`);
    }
  }
  const state = new Map<string, "visiting" | "done">();
  const visit = (key: string, path: string[]): void => {
    if (state.get(key) === "done") return;
    if (state.get(key) === "visiting") {
      problems.push(`cycle: ${[...path, key].join(" → ")}`);
      return;
    }
    state.set(key, "visiting");
    for (const p of byKey.get(key)?.prerequisites ?? []) if (byKey.has(p)) visit(p, [...path, key]);
    state.set(key, "done");
  };
  for (const s of catalogue.steps) visit(s.key, []);
  return problems;
}
