// Deliberately simple reference implementation for the property tests and the benchmark:
// walk every month 2000-01..2040-12 and check the definitions of agreement-rules.md literally.
// Shares no code with the engine.
import type { PairInput } from "../types";

export const ALL_MONTHS: string[] = [];
for (let y = 2000; y <= 2040; y++) for (let m = 1; m <= 12; m++) ALL_MONTHS.push(`${y}-${String(m).padStart(2, "0")}`);

export function refAvtaleforhold(input: PairInput): string[] {
  return ALL_MONTHS.filter(
    (s) =>
      s >= "2021-01" &&
      input.employerMonths.includes(s) &&
      input.agreements.some((a) => a.fraOgMed <= s && (a.tilOgMed === undefined || s <= a.tilOgMed)),
  );
}

export function refVirkningsperiode(input: PairInput): string[] {
  const af = refAvtaleforhold(input).map((m) => ALL_MONTHS.indexOf(m));
  // s is in VP when, for some AF month m, m − 15 ≤ s ≤ m + 1; never before 2020-01.
  return ALL_MONTHS.filter((s, i) => s >= "2020-01" && af.some((m) => m - 15 <= i && i <= m + 1));
}

function missing(set: string[], fra: string, til: string): string[] {
  return ALL_MONTHS.filter((s) => s >= fra && s <= til && !set.includes(s));
}

export function refAvtaleforholdGyldighet(input: PairInput, fra: string, til: string) {
  const miss = missing(refAvtaleforhold(input), fra, til);
  return miss.length === 0 ? { gyldig: true } : { gyldig: false, maanederUtenGyldigAvtaleforhold: { maaned: miss } };
}

export function refVirkningsperiodeGyldighet(input: PairInput, fra: string, til: string) {
  const miss = missing(refVirkningsperiode(input), fra, til);
  return miss.length === 0 ? { gyldig: true } : { gyldig: false, maanederUtenforGyldigVirkningsperiode: { maaned: miss } };
}
