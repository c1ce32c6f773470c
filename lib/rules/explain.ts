// Why is a month (not) in the avtaleforhold / virkningsperiode? Structured reason codes for the
// UI plus ready sentences in bokmål and English.
import type { CompiledPair } from "./engine";
import {
  EARLIEST_AVTALEFORHOLD, EARLIEST_VIRKNINGSPERIODE, MONTHS_AFTER, MONTHS_BEFORE, formatMonth, parseMonth,
} from "./months";

export type AvtaleforholdReason =
  | "AF_GRANTED" // employer reported it, an agreement covers it, and it is ≥ 2021-01
  | "BEFORE_2021_01"
  | "EMPLOYER_NOT_REPORTED"
  | "NO_AGREEMENT_COVERS";
export type VirkningsperiodeReason =
  | "VP_GRANTED" // within [m-15, m+1] of some avtaleforhold month m
  | "BEFORE_2020_01"
  | "NO_AVTALEFORHOLD" // the avtaleforhold is empty, so no window exists
  | "OUTSIDE_ALL_WINDOWS";

/** An avtaleforhold month whose window holds the explained month; offset = explained − granting (−15..+1). */
export interface VirkningsperiodeGrant { month: string; offset: number; agreements: string[] }

export interface MonthExplanation {
  month: string;
  employerReported: boolean;
  /** avtalereferanse of every agreement whose period holds the month (whatever the date cut). */
  coveringAgreements: string[];
  avtaleforhold: { included: boolean; reasons: AvtaleforholdReason[]; nb: string; en: string };
  /** grantedBy: nearest first. */
  virkningsperiode: { included: boolean; reasons: VirkningsperiodeReason[]; grantedBy: VirkningsperiodeGrant[]; nb: string; en: string };
  nb: string;
  en: string;
}

const AF_MIN = parseMonth(EARLIEST_AVTALEFORHOLD);
const VP_MIN = parseMonth(EARLIEST_VIRKNINGSPERIODE);
const quoteNb = (refs: string[]) => refs.map((r) => `«${r}»`).join(", ");
const quoteEn = (refs: string[]) => refs.map((r) => `“${r}”`).join(", ");

export function explainCompiled(pair: CompiledPair, m: number): MonthExplanation {
  const month = formatMonth(m);
  const employerReported = pair.employerReported(m);
  const covering = (i: number) => pair.agreements.filter((a) => a.fra <= i && i <= a.til).map((a) => a.ref);
  const coveringAgreements = covering(m);

  const afReasons: AvtaleforholdReason[] = [];
  if (m < AF_MIN) afReasons.push("BEFORE_2021_01");
  if (!employerReported) afReasons.push("EMPLOYER_NOT_REPORTED");
  if (coveringAgreements.length === 0) afReasons.push("NO_AGREEMENT_COVERS");
  const inAf = afReasons.length === 0;
  if (inAf) afReasons.push("AF_GRANTED");
  const afNb: Record<AvtaleforholdReason, string> = {
    AF_GRANTED: `arbeidsgiveren har rapportert måneden og avtale ${quoteNb(coveringAgreements)} dekker den`,
    BEFORE_2021_01: `avtaleforholdet tidligst kan begynne i ${EARLIEST_AVTALEFORHOLD}`,
    EMPLOYER_NOT_REPORTED: "arbeidsgiveren ikke har rapportert pensjonsinnretningen for måneden",
    NO_AGREEMENT_COVERS: "ingen avtale fra pensjonsinnretningen dekker måneden",
  };
  const afEn: Record<AvtaleforholdReason, string> = {
    AF_GRANTED: `the employer reported it and agreement ${quoteEn(coveringAgreements)} covers it`,
    BEFORE_2021_01: `the avtaleforhold cannot start before ${EARLIEST_AVTALEFORHOLD}`,
    EMPLOYER_NOT_REPORTED: "the employer did not report the pension institution for it",
    NO_AGREEMENT_COVERS: "no agreement from the pension institution covers it",
  };
  const avtaleforhold = {
    included: inAf,
    reasons: afReasons,
    nb: `${month} ${inAf ? "er" : "er ikke"} i avtaleforholdet fordi ${afReasons.map((r) => afNb[r]).join(" og ")}`,
    en: `${month} ${inAf ? "is" : "is not"} in the avtaleforhold because ${afReasons.map((r) => afEn[r]).join(" and ")}`,
  };

  // Granting months: AF months g with g-15 ≤ m ≤ g+1, i.e. g in [m-1, m+15].
  const grantedBy: VirkningsperiodeGrant[] = [];
  for (let g = m - MONTHS_AFTER; g <= m + MONTHS_BEFORE; g++) {
    if (pair.af.has(g)) grantedBy.push({ month: formatMonth(g), offset: m - g, agreements: covering(g) });
  }
  grantedBy.sort((x, y) => Math.abs(x.offset) - Math.abs(y.offset));
  let vpReason: VirkningsperiodeReason;
  if (m < VP_MIN) vpReason = "BEFORE_2020_01";
  else if (pair.af.runs.length === 0) vpReason = "NO_AVTALEFORHOLD";
  else if (grantedBy.length === 0) vpReason = "OUTSIDE_ALL_WINDOWS";
  else vpReason = "VP_GRANTED";
  const inVp = vpReason === "VP_GRANTED";
  let vpNb: string, vpEn: string;
  if (inVp) {
    const g = grantedBy[0];
    const n = Math.abs(g.offset);
    vpNb = `${month} er i virkningsperioden fordi ` + (g.offset === 0
      ? `${month} selv er i avtaleforholdet`
      : `${g.month} er i avtaleforholdet og ${month} er ${n} ${n === 1 ? "måned" : "måneder"} ${g.offset < 0 ? "før" : "etter"}`);
    vpEn = `${month} is in the virkningsperiode because ` + (g.offset === 0
      ? `${month} is itself in the avtaleforhold`
      : `${g.month} is in the avtaleforhold and ${month} is ${n} ${n === 1 ? "month" : "months"} ${g.offset < 0 ? "before" : "after"} it`);
  } else {
    const why = {
      BEFORE_2020_01: [`virkningsperioden tidligst kan begynne i ${EARLIEST_VIRKNINGSPERIODE}`,
        `the virkningsperiode cannot start before ${EARLIEST_VIRKNINGSPERIODE}`],
      NO_AVTALEFORHOLD: ["avtaleforholdet er tomt", "the avtaleforhold is empty"],
      OUTSIDE_ALL_WINDOWS: [
        `ingen måned i avtaleforholdet ligger fra ${MONTHS_AFTER} måned før til ${MONTHS_BEFORE} måneder etter ${month}`,
        `no avtaleforhold month lies between ${MONTHS_AFTER} month before and ${MONTHS_BEFORE} months after it`],
    }[vpReason as Exclude<VirkningsperiodeReason, "VP_GRANTED">];
    vpNb = `${month} er ikke i virkningsperioden fordi ${why[0]}`;
    vpEn = `${month} is not in the virkningsperiode because ${why[1]}`;
  }
  const virkningsperiode = { included: inVp, reasons: [vpReason], grantedBy, nb: vpNb, en: vpEn };
  return {
    month, employerReported, coveringAgreements, avtaleforhold, virkningsperiode,
    nb: `${avtaleforhold.nb}. ${vpNb}.`,
    en: `${avtaleforhold.en}. ${vpEn}.`,
  };
}
