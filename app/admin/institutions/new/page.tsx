import { getTranslations } from "next-intl/server";
import { InstitutionForm } from "@/components/institutions/institution-form";
import { requireActor } from "@/lib/server/access/actor";
import { assertCan } from "@/lib/server/access/authorize";
import { createInstitutionAction } from "../actions";
import { ClientMessages } from "@/components/intl/client-messages";

export const dynamic = "force-dynamic";

export default async function NewInstitutionPage() {
  const actor = await requireActor();
  await assertCan(actor, "institution.create");
  const t = await getTranslations("institution");
  return (
    <ClientMessages namespaces={["institution.form", "admin.errors", "institution.errors"]}>
      <section aria-labelledby="new-title" className="space-y-4">
        <h1 id="new-title" className="ds-heading" data-size="lg">{t("newTitle")}</h1>
        <p>{t("newIntro")}</p>
        <InstitutionForm action={createInstitutionAction} submitLabel={t("form.create")} cancelHref="/" />
      </section>
    </ClientMessages>
  );
}
