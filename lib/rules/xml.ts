// XML forms of the API bodies (Accept: application/xml). Namespaces per agreement-rules.md.
import type { AvtaleforholdGyldighetBody, OtpErrorBody, VirkningsperiodeGyldighetBody } from "./types";

export const XML_NS = {
  avtaleforholdGyldighet: "urn:no:skatteetaten:datasamarbeid:tjenestepensjonsavtale:avtaleforholdgyldighet:v1",
  // (D) by analogy with the documented avtaleforhold namespace.
  virkningsperiodeGyldighet: "urn:no:skatteetaten:datasamarbeid:tjenestepensjonsavtale:virkningsperiodegyldighet:v1",
  feil: "urn:no:skatteetaten:datasamarbeid:feil:v1",
} as const;

export type XmlKind = "avtaleforhold" | "virkningsperiode";

const DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Escapes text content; characters XML 1.0 cannot carry at all become U+FFFD. */
export function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD")
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

function gyldighetXml(root: string, ns: string, listName: string, gyldig: boolean, months?: string[]): string {
  let xml = `${DECL}<${root} xmlns="${ns}"><gyldig>${gyldig ? "true" : "false"}</gyldig>`;
  if (months) {
    xml += `<${listName}>`;
    for (const m of months) xml += `<maaned>${escapeXml(m)}</maaned>`;
    xml += `</${listName}>`;
  }
  return xml + `</${root}>`;
}

/**
 * Serialises an API body. `{gyldig: true}` looks the same for both gyldighet endpoints, so the
 * caller names the kind for gyldighet bodies; only the error body is recognised on its own.
 */
export function toXml(body: OtpErrorBody): string;
export function toXml(body: AvtaleforholdGyldighetBody, kind: "avtaleforhold"): string;
export function toXml(body: VirkningsperiodeGyldighetBody, kind: "virkningsperiode"): string;
export function toXml(
  body: OtpErrorBody | AvtaleforholdGyldighetBody | VirkningsperiodeGyldighetBody,
  kind?: XmlKind,
): string {
  if ("kode" in body) {
    let xml = `${DECL}<feil xmlns="${XML_NS.feil}"><kode>${escapeXml(body.kode)}</kode><melding>${escapeXml(body.melding)}</melding>`;
    if (body.korrelasjonsid !== undefined) xml += `<korrelasjonsid>${escapeXml(body.korrelasjonsid)}</korrelasjonsid>`;
    return xml + "</feil>";
  }
  const k: XmlKind | undefined = kind
    ?? ("maanederUtenGyldigAvtaleforhold" in body ? "avtaleforhold"
      : "maanederUtenforGyldigVirkningsperiode" in body ? "virkningsperiode" : undefined);
  if (k === "avtaleforhold") {
    const b = body as AvtaleforholdGyldighetBody;
    return gyldighetXml("avtaleforholdGyldighet", XML_NS.avtaleforholdGyldighet,
      "maanederUtenGyldigAvtaleforhold", b.gyldig, b.maanederUtenGyldigAvtaleforhold?.maaned);
  }
  if (k === "virkningsperiode") {
    const b = body as VirkningsperiodeGyldighetBody;
    return gyldighetXml("virkningsperiodeGyldighet", XML_NS.virkningsperiodeGyldighet,
      "maanederUtenforGyldigVirkningsperiode", b.gyldig, b.maanederUtenforGyldigVirkningsperiode?.maaned);
  }
  throw new TypeError("toXml: pass kind 'avtaleforhold' or 'virkningsperiode' for a gyldighet body");
}
