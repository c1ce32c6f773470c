// A third-party supplier in the onboarding: which steps the supplier carries out for the
// institution (data, not code paths), who a step waits on with the supplier counted as its own
// party, and how that reads for the person looking (you, Bits, the institution or the supplier).
import type { TDerivedStep, TWaitingOn } from "./progress";
import { stepWaitsOn } from "./progress";
import type { TInstitutionProfile, TPerformer, TStepDefinition } from "./types";

/**
 * Steps the supplier does when the institution has one, as the catalogue describes them: B-3
 * ("Har dere oppgitt en tredjepartsleverandør, er det leverandøren som gjør dette"), and the
 * integration in test, C-2 and C-3 (B-6: "bare leverandøren setter opp integrasjonen"). The
 * other supplier-related steps (A-6, B-5, B-6, B-7) change in content, not in who does them.
 */
export const SUPPLIER_PERFORMED_STEPS: readonly string[] = ["B-3", "C-2", "C-3"];

export function supplierPerformsStep(stepKey: string, profile: Pick<TInstitutionProfile, "hasSupplier">): boolean {
  return profile.hasSupplier && SUPPLIER_PERFORMED_STEPS.includes(stepKey);
}

/** "Hvem": who carries out a step for this institution. */
export type TStepDoer = TPerformer | "SUPPLIER";

export function stepPerformedBy(step: Pick<TStepDefinition, "key" | "performer">, profile: Pick<TInstitutionProfile, "hasSupplier">): TStepDoer {
  return step.performer === "INSTITUTION" && supplierPerformsStep(step.key, profile) ? "SUPPLIER" : step.performer;
}

/** Who a step waits on, with the supplier as its own party where it does the step. */
export type TWaitingParty = TWaitingOn | "SUPPLIER";

export function stepWaitsOnParty(s: Pick<TDerivedStep, "step" | "status">, profile: Pick<TInstitutionProfile, "hasSupplier">): TWaitingParty {
  const on = stepWaitsOn(s);
  return on === "INSTITUTION" && supplierPerformsStep(s.step.key, profile) ? "SUPPLIER" : on;
}

/** Who is looking: Bits, the institution's own staff, or staff of its supplier. */
export type TViewer = "COORDINATOR" | "INSTITUTION_STAFF" | "SUPPLIER_STAFF";

/** The message of "Venter på …" for a viewer: YOU ("Venter på dere") when the party is the
 * viewer's own side, else the party named (the supplier by name in the message). */
export type TWaitingLabel = "YOU" | "BITS" | "INSTITUTION" | "SUPPLIER";

export function waitingLabel(party: TWaitingParty, viewer: TViewer): TWaitingLabel {
  if (party === "BITS") return "BITS";
  if (party === "INSTITUTION") return viewer === "INSTITUTION_STAFF" ? "YOU" : "INSTITUTION";
  return viewer === "SUPPLIER_STAFF" ? "YOU" : "SUPPLIER";
}

/** Staff of the institution's supplier: the user works for the company the institution named as
 * its supplier (same organisation number). */
export function viewerOf(
  user: { coordinator: boolean; supplierOrgnr: string | null },
  institution: { supplierOrgnr: string | null },
): TViewer {
  if (user.coordinator) return "COORDINATOR";
  return user.supplierOrgnr !== null && user.supplierOrgnr === institution.supplierOrgnr ? "SUPPLIER_STAFF" : "INSTITUTION_STAFF";
}
