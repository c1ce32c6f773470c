// Machine keys of evidence ("certificates.production", "testCases.0.result") as words in the
// reader's language: "Virksomhetssertifikater · Produksjon", "Testtilfeller · rad 1 · Resultat".
// Shared by the step form's message and the exports.
import { delegationKeyLabel } from "./delegation";
import type { TEvidenceField } from "./evidence-primitives";

export function evidenceKeyLabel(key: string, fields: readonly TEvidenceField[], locale: "nb" | "en"): string {
  const delegation = delegationKeyLabel(key, locale);
  if (delegation) return delegation;
  const [top, ...rest] = key.split(".");
  const f = fields.find((x) => x.key === top);
  if (!f) return key;
  const parts = [f.label[locale]];
  for (const part of rest) {
    const option = f.options?.find((o) => o.value === part) ?? f.itemFields?.flatMap((i) => i.options ?? []).find((o) => o.value === part);
    const item = f.itemFields?.find((i) => i.key === part);
    if (/^\d+$/.test(part)) parts.push(locale === "nb" ? `rad ${Number(part) + 1}` : `row ${Number(part) + 1}`);
    else parts.push(item?.label[locale] ?? option?.label[locale] ?? part);
  }
  return parts.join(" · ");
}
