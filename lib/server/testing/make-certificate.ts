// Test-only: builds small X.509 certificates with node:crypto (a P-256 key signs its own
// TBSCertificate; the issuer is only a name). Used by the certificate tests (vitest and Playwright)
// so that no real certificate or key ever sits in the repository.
import { generateKeyPairSync, sign } from "node:crypto";

const len = (n: number) => (n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff]);
const tlv = (tag: number, body: Buffer) => Buffer.concat([Buffer.from([tag, ...len(body.length)]), body]);
const seq = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => tlv(0x31, Buffer.concat(items));

function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split(".").map(Number);
  const bytes = [40 * a + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = n >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

const utf8 = (s: string) => tlv(0x0c, Buffer.from(s, "utf8"));
const printable = (s: string) => tlv(0x13, Buffer.from(s, "ascii"));
const time = (d: Date) => tlv(0x17, Buffer.from(d.toISOString().replace(/[-:T]/g, "").slice(2, 14) + "Z", "ascii"));

const ATTR = { C: "2.5.4.6", O: "2.5.4.10", CN: "2.5.4.3", serialNumber: "2.5.4.5", organizationIdentifier: "2.5.4.97" } as const;
type TName = [keyof typeof ATTR, string][];
const name = (attrs: TName) =>
  seq(...attrs.map(([k, v]) => set(seq(oid(ATTR[k]), k === "C" || k === "serialNumber" ? printable(v) : utf8(v)))));

export interface TMakeCertificateOptions {
  /** the org number in the subject, as SEID 2 (organizationIdentifier NTRNO-…) or SEID 1 (serialNumber) */
  orgnr: string;
  profile?: "SEID1" | "SEID2";
  organization?: string;
  /** the issuer's common name, e.g. "Buypass Class 3 Test4 CA G2 ST Business" */
  issuerCn: string;
  notBefore?: Date;
  notAfter?: Date;
}

export interface TMadeCertificate {
  der: Buffer;
  pem: string;
  /** the key, PKCS#8 PEM: for the tests that check a key is refused */
  privateKeyPem: string;
}

export function makeCertificate(o: TMakeCertificateOptions): TMadeCertificate {
  const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const organization = o.organization ?? "TEST PENSJON AS";
  const subject: TName = [["C", "NO"], ["O", organization]];
  if ((o.profile ?? "SEID2") === "SEID2") subject.push(["organizationIdentifier", `NTRNO-${o.orgnr}`]);
  else subject.push(["serialNumber", o.orgnr]);
  subject.push(["CN", organization]);
  const ecdsaSha256 = seq(oid("1.2.840.10045.4.3.2"));
  const notBefore = o.notBefore ?? new Date(Date.now() - 86_400_000);
  const notAfter = o.notAfter ?? new Date(Date.now() + 2 * 365 * 86_400_000);
  const tbs = seq(
    tlv(0xa0, tlv(0x02, Buffer.from([2]))),
    tlv(0x02, Buffer.from([0x01, ...Array.from({ length: 8 }, () => Math.floor(Math.random() * 256))])),
    ecdsaSha256,
    name([["C", "NO"], ["O", o.issuerCn.split(" ")[0]], ["CN", o.issuerCn]]),
    seq(time(notBefore), time(notAfter)),
    name(subject),
    publicKey.export({ type: "spki", format: "der" }),
  );
  const signature = sign("sha256", tbs, { key: privateKey, dsaEncoding: "der" });
  const der = seq(tbs, ecdsaSha256, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const pem = `-----BEGIN CERTIFICATE-----\n${der.toString("base64").match(/.{1,64}/g)!.join("\n")}\n-----END CERTIFICATE-----\n`;
  return { der, pem, privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }) as string };
}
