import { getTranslations } from "next-intl/server";
import { ChangeRequestForm } from "@/components/institutions/change-request-form";
import { ChangeRequestView } from "@/components/institutions/change-request-view";
import { InstitutionForm } from "@/components/institutions/institution-form";
import { isCoordinator } from "@/lib/onboarding/permissions";
import { requireActor } from "@/lib/server/access/actor";
import { assertCan } from "@/lib/server/access/authorize";
import { db } from "@/lib/server/db";
import { getInstitution } from "@/lib/server/institutions/get-institution";
import { latestChangeRequest } from "@/lib/server/institutions/list-change-requests";
import { requestInstitutionChangeAction, setOwnershipAction, updateInstitutionAction } from "../actions";
import { OwnershipForm } from "@/components/overview-tools/ownership-form";
import { contactCandidates, coordinatorCandidates } from "@/lib/server/portfolio/ownership";
import { orNotFound } from "../load";
import { ClientMessages } from "@/components/intl/client-messages";

export const dynamic = "force-dynamic";

export default async function EditInstitutionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  await assertCan(actor, "institution.update", id);
  const i = await orNotFound(getInstitution({ db, actor, institutionId: id }));
  const t = await getTranslations("institution");
  const tt = await getTranslations("overviewTools");
  // an owner edits the rest; what decides the checklist only Bits changes, on request
  const owner = !isCoordinator(actor);
  const request = owner ? await latestChangeRequest({ db, actor, institutionId: id }) : null;
  // ownership (issue 15): Bits sets who follows the institution and its main contact
  const [coordinators, contacts, ownership] = owner
    ? [[], [], null]
    : await Promise.all([
        coordinatorCandidates(db),
        contactCandidates(db, id),
        db.institution.findUnique({ where: { id }, select: { responsibleCoordinatorId: true, mainContactUserId: true } }),
      ]);
  const facts = { orgnr: i.orgnr, blpMember: i.blpMember, supplierOrgnr: i.supplierOrgnr ?? "", supplierName: i.supplierName ?? "" };
  return (
    <ClientMessages namespaces={["institution.form", "admin.errors", "institution.errors", "institution.changeRequest", "overviewTools"]}>
      <div className="space-y-8">
      <section aria-labelledby="edit-title" className="space-y-4">
        <h1 id="edit-title" className="ds-heading" data-size="lg">{t("editTitle", { name: i.name })}</h1>
        <InstitutionForm
          action={updateInstitutionAction.bind(null, id)}
          submitLabel={t("form.save")}
          cancelHref={`/institutions/${id}`}
          lockFacts={owner}
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
      {ownership && (
        <section aria-labelledby="ownership-title" className="space-y-4">
          <h2 id="ownership-title" className="ds-heading" data-size="md">{tt("ownership.title")}</h2>
          <p>{tt("ownership.intro")}</p>
          <OwnershipForm
            action={setOwnershipAction.bind(null, id)}
            coordinators={coordinators.map((c) => ({ value: c.id, label: `${c.name} (${c.email})` }))}
            contacts={contacts.map((c) => ({ value: c.id, label: `${c.name} (${c.email})` }))}
            values={{ responsibleCoordinatorId: ownership.responsibleCoordinatorId ?? "", mainContactUserId: ownership.mainContactUserId ?? "" }}
          />
        </section>
      )}
      {owner && (
        <section aria-labelledby="change-request-title" className="space-y-4">
          <h2 id="change-request-title" className="ds-heading" data-size="md">{t("changeRequest.title")}</h2>
          {request && (
            <section aria-labelledby="latest-request-title" className="space-y-2 rounded border border-slate-300 bg-white p-4">
              <h3 id="latest-request-title" className="ds-heading" data-size="xs">{t("changeRequest.latestTitle")}</h3>
              <ChangeRequestView request={request} />
            </section>
          )}
          {request?.status !== "OPEN" && (
            <>
              <p>{t("changeRequest.intro")}</p>
              <ChangeRequestForm action={requestInstitutionChangeAction.bind(null, id)} values={facts} />
            </>
          )}
        </section>
      )}
      </div>
    </ClientMessages>
  );
}
