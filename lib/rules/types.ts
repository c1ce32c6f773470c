// Shared shapes of the rule engine (see docs/agreement-rules.md).

/** What the pension institution registered; months `YYYY-MM`, both inclusive; no tilOgMed = open-ended. */
export interface Agreement {
  avtalereferanse: string;
  fraOgMed: string;
  tilOgMed?: string;
}

/** Everything the rules need for one (pension institution, employer) pair. */
export interface PairInput {
  employerMonths: string[];
  agreements: Agreement[];
}

/** Exactly the JSON body of GET …/avtaleforhold/gyldighet; the list is left out when gyldig is true. */
export interface AvtaleforholdGyldighetBody {
  gyldig: boolean;
  maanederUtenGyldigAvtaleforhold?: { maaned: string[] };
}

/** Exactly the JSON body of GET …/avtaleforhold/virkningsperiode/gyldighet. */
export interface VirkningsperiodeGyldighetBody {
  gyldig: boolean;
  maanederUtenforGyldigVirkningsperiode?: { maaned: string[] };
}

/** Error body of every failing call; korrelasjonsid is added by the API layer (one uuid per call). */
export interface OtpErrorBody {
  kode: string;
  melding: string;
  korrelasjonsid?: string;
}

/** An agreement with integer month indices; `til` is +Infinity when open-ended. */
export interface RawAgreement {
  ref: string;
  fra: number;
  til: number;
}
