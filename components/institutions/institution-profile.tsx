import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, toDateLocale } from "@/lib/format/dates";
import type { TChecklist } from "@/lib/server/checklist/get-checklist";

/** The profile as the checklist carries it (target date as YYYY-MM-DD): one query serves both. */
export async function InstitutionProfileView({ institution }: { institution: TChecklist["institution"] }) {
  const t = await getTranslations("institution.profile");
  const locale = toDateLocale(await getLocale());
  const rows: [string, string][] = [
    [t("orgnr"), institution.orgnr],
    [t("blpMember"), institution.blpMember ? t("yes") : t("no")],
    [t("supplier"), institution.supplierName ? `${institution.supplierName}${institution.supplierOrgnr ? ` (${institution.supplierOrgnr})` : ""}` : t("noSupplier")],
    [
      t("targetProductionDate"),
      institution.targetProductionDate
        ? formatDate(institution.targetProductionDate, locale)
        : t("notSet"),
    ],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded bg-white p-4 shadow-sm sm:grid-cols-[max-content_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-700">{label}</dt>
          <dd className="mb-2 sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
