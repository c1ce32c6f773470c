// B-7 with a third-party supplier: the Altinn delegation matrix. The four rights the institution
// delegates to its supplier × the two environments, each cell confirmed by a person (who, when).
// Source (DSOP ajourhold FAQ; Bits' onboarding guide B-5/B-7): "Inntekt API – På vegne av;
// Inntektsmottakere API; Tjenestepensjonsavtale API; Aa-registeret OTP API. Done in TT02 for
// testing and in production before going live."
// The rules are data (DELEGATION_GATES): B-7 is done once the TT02 column is complete (the test
// steps after it have B-7 as prerequisite: C-3 ← B-7, C-4 ← C-3), and C-7 (production readiness)
// needs the production column. Pure: no Next, React or Prisma.
import { ALTINN_RIGHTS, ALTINN_RIGHT_KEYS } from "./evidence-primitives";
import type { TInstitutionProfile, TLocalized } from "./types";

export type TDelegationRight = (typeof ALTINN_RIGHT_KEYS)[number];

/** The rights in the order the guide lists them; names as Altinn shows them. */
export const DELEGATION_RIGHTS: readonly TDelegationRight[] = [
  "INNTEKT_API_PAA_VEGNE_AV",
  "INNTEKTSMOTTAKERE_API",
  "TJENESTEPENSJONSAVTALE_API",
  "AAREG_OTP_API",
];
export const delegationRightName = (right: TDelegationRight): string => ALTINN_RIGHTS[right];

export const DELEGATION_ENVIRONMENTS = ["TT02", "PRODUCTION"] as const;
export type TDelegationEnvironment = (typeof DELEGATION_ENVIRONMENTS)[number];
export const DELEGATION_ENVIRONMENT_NAMES: Readonly<Record<TDelegationEnvironment, TLocalized>> = {
  TT02: { nb: "Test (TT02)", en: "Test (TT02)" },
  PRODUCTION: { nb: "Produksjon", en: "Production" },
};

/** Which column of the matrix a step needs before it may be completed (or sent to Bits), for
 * an institution with a supplier. */
export const DELEGATION_GATES: Readonly<Record<string, TDelegationEnvironment>> = {
  "B-7": "TT02",
  "C-7": "PRODUCTION",
};

/** The step that holds the matrix. */
export const DELEGATION_STEP = "B-7";

/** One confirmed cell. */
export interface TDelegationCell {
  right: string;
  environment: string;
  confirmedAt?: string;
  confirmedByName?: string | null;
}

export const isDelegationRight = (v: unknown): v is TDelegationRight => typeof v === "string" && (DELEGATION_RIGHTS as readonly string[]).includes(v);
export const isDelegationEnvironment = (v: unknown): v is TDelegationEnvironment =>
  typeof v === "string" && (DELEGATION_ENVIRONMENTS as readonly string[]).includes(v);

/** Machine key of a missing cell, as evidence keys are: "delegations.TT02.INNTEKT_API_PAA_VEGNE_AV". */
export const delegationKey = (environment: TDelegationEnvironment, right: TDelegationRight) => `delegations.${environment}.${right}`;

/** The rights of `environment` not yet confirmed. Cells of unknown rights or environments count for nothing. */
export function missingDelegations(cells: readonly TDelegationCell[] | undefined, environment: TDelegationEnvironment): TDelegationRight[] {
  const confirmed = new Set((cells ?? []).filter((c) => c.environment === environment).map((c) => c.right));
  return DELEGATION_RIGHTS.filter((r) => !confirmed.has(r));
}

export const columnComplete = (cells: readonly TDelegationCell[] | undefined, environment: TDelegationEnvironment): boolean =>
  missingDelegations(cells, environment).length === 0;

/**
 * What keeps `stepKey` from completion for lack of delegations: the missing cells of the column
 * its gate needs, as machine keys. Nothing without a supplier (B-7 does not apply then, and C-7
 * has no delegation to wait for) or for a step without a gate. `cells` undefined = none confirmed.
 */
export function missingDelegationKeys(
  stepKey: string,
  profile: Pick<TInstitutionProfile, "hasSupplier"> | undefined,
  cells: readonly TDelegationCell[] | undefined,
): string[] {
  const environment = DELEGATION_GATES[stepKey];
  if (!environment || !profile?.hasSupplier) return [];
  return missingDelegations(cells, environment).map((r) => delegationKey(environment, r));
}

/** "delegations.TT02.INNTEKT_API_PAA_VEGNE_AV" → "Altinn-delegering · Test (TT02) · Inntekt API – På vegne av"; null for other keys. */
export function delegationKeyLabel(key: string, locale: "nb" | "en"): string | null {
  const [top, environment, right] = key.split(".");
  if (top !== "delegations" || !isDelegationEnvironment(environment) || !isDelegationRight(right)) return null;
  return [locale === "nb" ? "Altinn-delegering" : "Altinn delegation", DELEGATION_ENVIRONMENT_NAMES[environment][locale], ALTINN_RIGHTS[right]].join(" · ");
}
