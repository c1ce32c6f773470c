// Public API of the onboarding catalogue: pure, safe in the browser, the server and tests.
export * from "./types";
export { URLS, LINKS } from "./links";
export {
  CATALOGUE_VERSION,
  CATALOGUE_V1,
  CATALOGUES,
  STEP_KEYS,
  PHASE_TITLES,
  getCatalogue,
  findStep,
  getStep,
  catalogueProblems,
  type TStepKey,
} from "./catalogue";
export {
  isStepApplicable,
  applicableSteps,
  b2FormVariant,
  b2FormLink,
  b3PerformedBy,
  stepVariantNotes,
  type TB2FormVariant,
  type TB3Performer,
  type TStepVariantNote,
} from "./applicability";
export {
  MASKINPORTEN_SCOPES,
  ALTINN_RIGHTS,
  ALTINN_RIGHT_KEYS,
  ALERT_CHANNELS,
  ALERT_CHANNEL_KEYS,
  CERT_PROVIDERS,
  CERT_ENVIRONMENTS,
  TEST_RESULTS,
  EVIDENCE_MESSAGES,
  type TMaskinportenScope,
  type TEvidenceField,
  type TEvidenceFieldType,
  type TEvidenceOption,
  type TEvidenceContext,
} from "./evidence-primitives";
export { ZCertificateDraftSchema, type TCertificateDraft } from "./evidence-specs-ab";
export { ZTestCaseDraftSchema } from "./evidence-specs-cd";
export {
  evidenceSchema,
  evidenceFields,
  evidenceCompleteness,
  missingEvidenceFor,
  parseEvidenceDraft,
  hasStructuredEvidence,
  type TEvidenceCompleteness,
} from "./evidence";
export { isIsoDate, daysBetween, compareIso } from "./dates";
export * from "./progress";
export * from "./phase-process";
export * from "./queues";
export * from "./versions";
export * from "./activity";
export * from "./delegation";
export { stableJson } from "./stable-json";
export * from "./permissions";
export * from "./step-rules";
export * from "./step-state";
export { isValidOrgnr, orgnrProblem, orgnrCheckDigit, normalizeOrgnr, type OrgnrProblem } from "./orgnr";
export * from "./supplier";
export * from "./next-tasks";
