// Organisasjonsnummer: 9 digits, the last a modulus-11 check digit (weights 3 2 7 6 5 4 3 2).
// The fast boolean check lives with the rule engine; this module adds reasons for forms.
import { isValidOrgnr } from "../rules/orgnr";

export { isValidOrgnr };

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** Check digit for eight leading digits, or null when none exists (remainder 1). */
export function orgnrCheckDigit(firstEight: string): number | null {
  if (!/^\d{8}$/.test(firstEight)) throw new Error("orgnrCheckDigit needs exactly eight digits");
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(firstEight[i]), 0);
  const r = sum % 11;
  if (r === 1) return null;
  return r === 0 ? 0 : 11 - r;
}

export type OrgnrProblem = "not-digits" | "wrong-length" | "wrong-check-digit";

/** Why an org number is invalid, or null when it is valid. Spaces between groups are allowed. */
export function orgnrProblem(input: string): OrgnrProblem | null {
  const s = input.replace(/\s+/g, "");
  if (!/^\d*$/.test(s)) return "not-digits";
  if (s.length !== 9) return "wrong-length";
  return isValidOrgnr(s) ? null : "wrong-check-digit";
}

/** Removes the spaces people type between groups ("974 760 673"). */
export function normalizeOrgnr(input: string): string {
  return input.replace(/\s+/g, "");
}
