// Reads the public part of a business certificate with node:crypto (step A-2). Refuses anything
// holding a private key (PEM key blocks, PKCS#8 DER, .p12/.pfx) and says why; the refusal never
// carries the file's content, so nothing of it reaches a log.
import { X509Certificate, createPrivateKey } from "node:crypto";
import { AppError } from "../../errors/app-error";
import { issuerCommonName, orgnrFromSubject, type TCertificateFacts } from "../../verification/certificate";

export const MAX_CERTIFICATE_BYTES = 64 * 1024;

export type TCertificateRefusal = "TOO_LARGE" | "EMPTY" | "PRIVATE_KEY" | "KEY_FILE" | "CHAIN" | "NOT_A_CERTIFICATE";

const refuse = (rule: TCertificateRefusal) => new AppError("INVALID", rule, { rule, fieldErrors: { file: [rule] } });

function looksLikeDerKey(bytes: Buffer): boolean {
  for (const type of ["pkcs8", "pkcs1", "sec1"] as const) {
    try {
      createPrivateKey({ key: bytes, format: "der", type });
      return true;
    } catch {
      /* not that kind of key */
    }
  }
  return false;
}

export function readCertificate(file: { name: string; bytes: Buffer }): { pem: string; facts: TCertificateFacts } {
  if (file.bytes.length === 0) throw refuse("EMPTY");
  if (file.bytes.length > MAX_CERTIFICATE_BYTES) throw refuse("TOO_LARGE");
  if (/\.(p12|pfx)$/i.test(file.name.trim())) throw refuse("KEY_FILE");
  const text = file.bytes.toString("latin1");
  if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(text)) throw refuse("PRIVATE_KEY");
  let der: Buffer;
  if (text.includes("-----BEGIN")) {
    const blocks = [...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)];
    if (blocks.length === 0) throw refuse("NOT_A_CERTIFICATE");
    if (blocks.length > 1) throw refuse("CHAIN");
    der = Buffer.from(blocks[0][1].replace(/\s+/g, ""), "base64");
  } else {
    if (looksLikeDerKey(file.bytes)) throw refuse("PRIVATE_KEY");
    der = file.bytes;
  }
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(der);
  } catch {
    throw refuse("NOT_A_CERTIFICATE");
  }
  // a DER file with a second certificate after the first: X509Certificate reads only the first
  if (cert.raw.length !== der.length) throw refuse("CHAIN");
  const { orgnr, source } = orgnrFromSubject(cert.subject);
  const pem = `-----BEGIN CERTIFICATE-----\n${cert.raw.toString("base64").match(/.{1,64}/g)!.join("\n")}\n-----END CERTIFICATE-----\n`;
  return {
    pem,
    facts: {
      fingerprint: cert.fingerprint256,
      subject: cert.subject,
      issuer: cert.issuer,
      issuerName: issuerCommonName(cert.issuer),
      orgnr,
      orgnrSource: source,
      validFrom: new Date(cert.validFrom).toISOString(),
      validTo: new Date(cert.validTo).toISOString(),
    },
  };
}
