// HTTP-level rules of the API as pure functions. Order in a handler: rettighetspakke (403) and
// Accept (406) before validation (400) — the shared vectors expect 403/406 even where the
// query's org numbers would also fail validation.
import { otpError, type OtpError } from "./errors";

export type Rettighetspakke = "otp" | "nav";
export type ApiOperation = "create" | "delete" | "avtaleforholdGyldighet" | "virkningsperiodeGyldighet";

const ALLOWED: Record<Rettighetspakke, readonly ApiOperation[]> = {
  otp: ["create", "delete"], // may only create, change and delete
  nav: ["avtaleforholdGyldighet", "virkningsperiodeGyldighet"], // may only ask gyldighet
};

/** null when allowed; 403 OTP-005 for the wrong package (D); 404 OTP-003 for an unknown package path. */
export function checkRettighetspakke(pakke: string, operation: ApiOperation): OtpError | null {
  if (pakke !== "otp" && pakke !== "nav") return otpError("OTP-003");
  return ALLOWED[pakke].includes(operation) ? null : otpError("OTP-005");
}

export type ResponseFormat = "json" | "xml";

/**
 * Content negotiation: "json" | "xml", or null → 406 OTP-008. Missing/empty header → json.
 * Highest q wins; among equal q the earlier entry wins; q=0 means "not acceptable".
 */
export function negotiateFormat(accept: string | null | undefined): ResponseFormat | null {
  if (accept == null || accept.trim() === "") return "json";
  let best: ResponseFormat | null = null;
  let bestQ = 0;
  for (const entry of accept.split(",")) {
    const [rawType, ...params] = entry.split(";");
    const type = rawType.trim().toLowerCase();
    let q = 1;
    for (const p of params) {
      const [k, v] = p.split("=").map((x) => x.trim().toLowerCase());
      if (k === "q") {
        q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(v ?? "") ? Number(v) : 0; // malformed q: ignore entry
      }
    }
    const format: ResponseFormat | null =
      type === "application/json" || type === "application/*" || type === "*/*" ? "json"
        : type === "application/xml" ? "xml" : null;
    if (format && q > bestQ) { best = format; bestQ = q; }
  }
  return best;
}
