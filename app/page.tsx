import { getTranslations } from "next-intl/server";
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
      <h1 id="home-title" className="ds-heading" data-size="lg">{t("title")}</h1>
      <p>{isCoordinator(actor) ? t("intro") : t("introInstitution")} {t("count", { count: institutions.length })}.</p>
      <InstitutionTable institutions={institutions} />
    </section>
  );
}
