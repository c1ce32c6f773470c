import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { InstitutionTable } from "@/components/institution-table";
import { isCoordinator } from "@/lib/onboarding/permissions";
import { requireActor } from "@/lib/server/access/actor";
import { listInstitutions } from "@/lib/server/institutions/list-institutions";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const actor = await requireActor();
  const t = await getTranslations("home");
  const institutions = await listInstitutions(actor);
  return (
    <section aria-labelledby="home-title" className="space-y-4">
      <PageHeader id="home-title" title={t("title")} intro={`${isCoordinator(actor) ? t("intro") : t("introInstitution")} ${t("count", { count: institutions.length })}.`} count={institutions.length} />
      <InstitutionTable institutions={institutions} />
    </section>
  );
}
