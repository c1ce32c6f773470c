// What the institution's facts change in the checklist: BLP membership picks the B-2 form,
// a third-party supplier does B-3 and brings B-7 into play.
import type { TCatalogue, TInstitutionProfile, TStepDefinition } from "./types";
import { getCatalogue } from "./catalogue";
import { LINKS } from "./links";

export type TB2FormVariant = "BLP" | "NON_BLP";
export type TB3Performer = "INSTITUTION" | "SUPPLIER";

export function isStepApplicable(step: TStepDefinition, profile: TInstitutionProfile): boolean {
  return step.applicability === "ALWAYS" || (step.applicability === "SUPPLIER_ONLY" && profile.hasSupplier);
}

export function applicableSteps(
  profile: TInstitutionProfile,
  catalogue: TCatalogue = getCatalogue(),
): TStepDefinition[] {
  return catalogue.steps.filter((s) => isStepApplicable(s, profile));
}

/** B-2: which registration form the institution fills in. */
export function b2FormVariant(profile: Pick<TInstitutionProfile, "blpMember">): TB2FormVariant {
  return profile.blpMember ? "BLP" : "NON_BLP";
}

/** The form link for the institution's B-2 variant. */
export function b2FormLink(profile: Pick<TInstitutionProfile, "blpMember">) {
  return b2FormVariant(profile) === "BLP" ? LINKS.formBlp : LINKS.formNonBlp;
}

/** B-3: who joins Maskinporten. The step stays the institution's to record in Ajour; with a
 * supplier the supplier does the work and the institution records that it is done. */
export function b3PerformedBy(profile: Pick<TInstitutionProfile, "hasSupplier">): TB3Performer {
  return profile.hasSupplier ? "SUPPLIER" : "INSTITUTION";
}

/** Notes a UI shows on a step because of the institution's facts (machine codes; texts in
 * the app's messages). */
export type TStepVariantNote =
  | "B2_FORM_BLP"
  | "B2_FORM_NON_BLP"
  | "B3_BY_SUPPLIER"
  | "B5_TEST_USER"
  | "B6_SCOPES_TO_BOTH"
  | "A6_EXTRA_TIME";

export function stepVariantNotes(key: string, profile: TInstitutionProfile): TStepVariantNote[] {
  switch (key) {
    case "B-2":
      return [b2FormVariant(profile) === "BLP" ? "B2_FORM_BLP" : "B2_FORM_NON_BLP"];
    case "B-3":
      return profile.hasSupplier ? ["B3_BY_SUPPLIER"] : [];
    case "B-5":
      return profile.hasSupplier ? ["B5_TEST_USER"] : [];
    case "B-6":
      return profile.hasSupplier ? ["B6_SCOPES_TO_BOTH"] : [];
    case "A-6":
      return profile.hasSupplier ? ["A6_EXTRA_TIME"] : [];
    default:
      return [];
  }
}
