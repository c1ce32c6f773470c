import { getTranslations } from "next-intl/server";
import { InstitutionTable } from "@/components/institution-table";
import { listInstitutions } from "@/lib/server/institutions/list-institutions";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const t = await getTranslations("home");
  const institutions = await listInstitutions();
  return (
    <section aria-labelledby="home-title" className="space-y-4">
      <h1 id="home-title" className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")} {t("count", { count: institutions.length })}.</p>
      <InstitutionTable institutions={institutions} />
    </section>
  );
}
