// Failures of a sandbox call, as data: the API's own codes (OTP-00x) and the sandbox-only ones
// (RATE_LIMITED, PAYLOAD_TOO_LARGE), all answered in the API's error shape.
import { OTP_ERRORS, type OtpKode } from "../../rules";

export class SandboxError extends Error {
  constructor(
    readonly status: number,
    readonly kode: string,
    readonly melding: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(`${kode}: ${melding}`);
    this.name = "SandboxError";
  }
}

export function otp(kode: OtpKode, melding?: string): SandboxError {
  return new SandboxError(OTP_ERRORS[kode].status, kode, melding ?? OTP_ERRORS[kode].melding);
}

/** Sandbox-only (the real API has no code for it): 429 with Retry-After. */
export function rateLimited(seconds: number): SandboxError {
  return new SandboxError(429, "RATE_LIMITED", `For mange forespørsler. Prøv igjen om ${seconds} sekunder.`, {
    "Retry-After": String(seconds),
  });
}

/** Sandbox-only: request body over the limit. */
export function payloadTooLarge(limitBytes: number): SandboxError {
  return new SandboxError(413, "PAYLOAD_TOO_LARGE", `Forespørselen er for stor. Største tillatte innhold er ${Math.floor(limitBytes / 1024)} kB.`);
}
