// The API's error codes (agreement-rules.md, "Errors") as data, for the sandbox and the docs UI.
import type { OtpErrorBody } from "./types";

export type OtpKode = "OTP-001" | "OTP-002" | "OTP-003" | "OTP-004" | "OTP-005" | "OTP-006" | "OTP-007" | "OTP-008";

export const OTP_ERRORS: Readonly<Record<OtpKode, { status: number; melding: string; meaning: string }>> = {
  "OTP-001": { status: 500, melding: "Det oppstod en uventet feil.", meaning: "unexpected error" },
  "OTP-002": { status: 500, melding: "Det oppstod en feil i et bakenforliggende system.", meaning: "error in a backend system" },
  "OTP-003": { status: 404, melding: "Ukjent URL.", meaning: "unknown URL" },
  "OTP-004": { status: 401, melding: "Autentisering feilet.", meaning: "authentication failed" },
  "OTP-005": { status: 403, melding: "Ikke autorisert for denne operasjonen.", meaning: "not authorised" },
  "OTP-006": { status: 400, melding: "Validering av inndata feilet.", meaning: "input validation failed" },
  "OTP-007": { status: 404, melding: "Fant ingen data for inndata.", meaning: "no data for the input" },
  "OTP-008": { status: 406, melding: "Formatet støttes ikke. Bruk JSON eller XML.", meaning: "format not supported (JSON or XML only)" },
};

export interface OtpError { status: number; body: OtpErrorBody }

/**
 * Error response for a code. The korrelasjonsid (one uuid per call) belongs to the API layer,
 * so it is only set when passed; see newKorrelasjonsid().
 */
export function otpError(kode: OtpKode, melding?: string, korrelasjonsid?: string): OtpError {
  const body: OtpErrorBody = { kode, melding: melding ?? OTP_ERRORS[kode].melding };
  if (korrelasjonsid !== undefined) body.korrelasjonsid = korrelasjonsid;
  return { status: OTP_ERRORS[kode].status, body };
}

/** A fresh uuid; Web Crypto exists in browsers and in Node ≥ 19, so no node: import is needed. */
export function newKorrelasjonsid(): string {
  return globalThis.crypto.randomUUID();
}
