import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { MyInstitutions } from "@/components/start/my-institutions";
import { isCoordinator, viewerOf } from "@/lib/onboarding";
import { requireActor } from "@/lib/server/access/actor";
import { listMyInstitutions } from "@/lib/server/checklist/list-my-institutions";
import { osloToday } from "@/lib/server/checklist/load-states";
import { db } from "@/lib/server/db";
import { currentSupplierContext } from "@/lib/server/institutions/current-supplier-context";

export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;

/**
 * Each role's start page. Coordinators land on their dashboard (issue 15); an address with the
 * overview's filters (the old start page's) still leads to the overview with them. Whoever works for exactly one institution lands on it; with several, on a
 * list of them with their progress.
 */
export default async function HomePage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  if (isCoordinator(actor)) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(await searchParams)) for (const one of [v ?? []].flat()) query.append(k, one);
    redirect(query.size > 0 ? `/overview?${query}` : "/dashboard");
  }
  if (actor.memberships.length === 1) redirect(`/institutions/${actor.memberships[0].institutionId}`);
  const t = await getTranslations("home");
  const [checklists, supplier] = await Promise.all([listMyInstitutions({ db, actor, today: osloToday() }), currentSupplierContext()]);
  const items = checklists.map((checklist) => ({
    checklist,
    viewer: viewerOf({ coordinator: false, supplierOrgnr: supplier?.orgnr ?? null }, checklist.institution),
  }));
  return (
    <section aria-labelledby="home-title" className="space-y-4">
      <PageHeader id="home-title" title={t("myTitle")} intro={`${t("myIntro")} ${t("count", { count: items.length })}.`} count={items.length} />
      <MyInstitutions items={items} />
    </section>
  );
}
