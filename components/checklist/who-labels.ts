// "Hvem" and "Venter på …" as text: who does a step (the supplier by name where it does it) and
// who a step waits on as the viewer reads it ("Venter på dere" for their own side).
import type { getTranslations } from "next-intl/server";
import {
  stepPerformedBy,
  waitingLabel,
  type TInstitutionProfile,
  type TStepDefinition,
  type TViewer,
  type TWaitingParty,
} from "@/lib/onboarding";

type Translator = Awaited<ReturnType<typeof getTranslations<"checklist">>>;

export function performerText(t: Translator, step: Pick<TStepDefinition, "key" | "performer">, profile: Pick<TInstitutionProfile, "hasSupplier">, supplierName: string | null): string {
  const doer = stepPerformedBy(step, profile);
  return doer === "SUPPLIER" && supplierName ? t("performer.SUPPLIER", { name: supplierName }) : t(`performer.${step.performer}`, { name: "" });
}

export function waitingText(t: Translator, party: TWaitingParty, viewer: TViewer, supplierName: string | null): string {
  const label = waitingLabel(party, viewer);
  // without a recorded name the supplier's step reads as the institution's
  if (label === "SUPPLIER" && !supplierName) return t(viewer === "INSTITUTION_STAFF" ? "waitingOn.YOU" : "waitingOn.INSTITUTION");
  return t(`waitingOn.${label}`, { name: supplierName ?? "" });
}
