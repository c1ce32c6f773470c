// Norwegian organisation number: 9 digits, the last a modulus-11 check digit
// over the first eight with weights 3 2 7 6 5 4 3 2.
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

export function isValidOrgnr(s: string): boolean {
  if (typeof s !== "string" || s.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (i < 8) sum += d * WEIGHTS[i];
  }
  const r = sum % 11;
  if (r === 1) return false; // check digit would be 10: no valid number has these eight digits
  const check = r === 0 ? 0 : 11 - r;
  return s.charCodeAt(8) - 48 === check;
}
