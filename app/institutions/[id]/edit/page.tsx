import { getTranslations } from "next-intl/server";
import { InstitutionForm } from "@/components/institutions/institution-form";
import { requireActor } from "@/lib/server/access/actor";
import { assertCan } from "@/lib/server/access/authorize";
import { db } from "@/lib/server/db";
import { getInstitution } from "@/lib/server/institutions/get-institution";
import { updateInstitutionAction } from "../actions";
import { orNotFound } from "../load";
import { ClientMessages } from "@/components/intl/client-messages";

export const dynamic = "force-dynamic";

export default async function EditInstitutionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  await assertCan(actor, "institution.update", id);
  const i = await orNotFound(getInstitution({ db, actor, institutionId: id }));
  const t = await getTranslations("institution");
  return (
    <ClientMessages namespaces={["institution.form", "admin.errors", "institution.errors"]}>
      <section aria-labelledby="edit-title" className="space-y-4">
        <h1 id="edit-title" className="ds-heading" data-size="lg">{t("editTitle", { name: i.name })}</h1>
        <InstitutionForm
          action={updateInstitutionAction.bind(null, id)}
          submitLabel={t("form.save")}
          cancelHref={`/institutions/${id}`}
          values={{
            name: i.name,
            orgnr: i.orgnr,
            blpMember: i.blpMember,
            supplierOrgnr: i.supplierOrgnr ?? "",
            supplierName: i.supplierName ?? "",
            targetProductionDate: i.targetProductionDate ? i.targetProductionDate.toISOString().slice(0, 10) : "",
          }}
        />
      </section>
    </ClientMessages>
  );
}
