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
    <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-2 sm:gap-x-6">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-sm font-medium text-slate-700 sm:text-base">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
