import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, toDateLocale } from "@/lib/format/dates";
import { DataTable } from "@/components/data-table";

export interface InstitutionRow {
  id: string;
  orgnr: string;
  name: string;
  blpMember: boolean;
  supplierName: string | null;
  targetProductionDate: Date | null;
}

export async function InstitutionTable({ institutions }: { institutions: InstitutionRow[] }) {
  const t = await getTranslations("home");
  const locale = toDateLocale(await getLocale());
  if (institutions.length === 0) return <p>{t("empty")}</p>;
  return (
    <DataTable caption={t("title")} columns={(["name", "orgnr", "blp", "supplier", "target"] as const).map((c) => t(`columns.${c}`))}>
      {institutions.map((i) => (
        <tr key={i.id} className="border-t border-slate-200">
          <th scope="row" className="px-3 py-2 font-medium">
            <Link href={`/institutions/${i.id}`} className="ds-link">{i.name}</Link>
          </th>
          <td className="px-3 py-2 tabular-nums">{i.orgnr}</td>
          <td className="px-3 py-2">{i.blpMember ? t("yes") : t("no")}</td>
          <td className="px-3 py-2">{i.supplierName ?? t("none")}</td>
          <td className="px-3 py-2">
            {i.targetProductionDate ? formatDate(i.targetProductionDate.toISOString().slice(0, 10), locale) : "–"}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
