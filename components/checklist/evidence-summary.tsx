// Recorded evidence as text, for a step nobody may edit (a retired step, one with Bits for review). Field labels
// and option labels come from the step's evidence spec where it still has one; anything else
// is shown under its stored key, so nothing recorded is hidden.
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format/dates";
import { evidenceFields, type TEvidenceField } from "@/lib/onboarding";

type Scalar = string | number | boolean | null | undefined;

export async function EvidenceSummary({ stepKey, evidence }: { stepKey: string; evidence: Record<string, unknown> }) {
  const t = await getTranslations("checklist.step");
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  const entries = Object.entries(evidence).filter(([, v]) => v !== undefined && v !== null && v !== "");
  if (entries.length === 0) return <p>{t("noEvidence")}</p>;
  const scalar = (field: TEvidenceField | undefined, v: Scalar) => {
    if (typeof v === "boolean") return v ? t("yes") : t("no");
    // a date field's day as every page writes dates ("11. nov. 2026"), not as stored
    if (field?.type === "date" && typeof v === "string") return formatDate(v, locale);
    return field?.options?.find((o) => o.value === v)?.label[locale] ?? String(v ?? "");
  };
  const value = (field: TEvidenceField | undefined, v: unknown) => {
    if (!Array.isArray(v)) return typeof v === "object" ? JSON.stringify(v) : scalar(field, v as Scalar);
    if (!v.some((x) => x && typeof x === "object")) return v.map((x) => scalar(field, x as Scalar)).join(", ");
    return (
      <ol className="list-decimal space-y-1 pl-5">
        {v.map((row, i) => (
          <li key={i}>
            {Object.entries((row ?? {}) as Record<string, unknown>).map(([k, x]) => {
              const sub = field?.itemFields?.find((f) => f.key === k);
              return <span key={k} className="mr-3 inline-block">{sub?.label[locale] ?? k}: {scalar(sub, x as Scalar)}</span>;
            })}
          </li>
        ))}
      </ol>
    );
  };
  const fields = evidenceFields(stepKey);
  return (
    <dl className="grid max-w-3xl grid-cols-1 gap-x-4 gap-y-1 rounded bg-white p-4 shadow-sm sm:grid-cols-[auto_1fr]">
      {entries.map(([key, v]) => {
        const field = fields.find((f) => f.key === key);
        return (
          <div key={key} className="contents">
            <dt className="font-medium">{field?.label[locale] ?? key}</dt>
            <dd className="whitespace-pre-line break-words">{value(field, v)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
