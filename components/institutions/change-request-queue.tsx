// The Bits queue's "Endringsforespørsler": every open change request, oldest first, each with
// approve and reject (issue 13).
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/intl/client-messages";
import type { CoreActor } from "@/lib/server/access/require-access";
import { db } from "@/lib/server/db";
import { listOpenChangeRequests } from "@/lib/server/institutions/list-change-requests";
import type { ActionState } from "@/lib/errors/app-error";
import { ChangeRequestDecision } from "./change-request-decision";
import { ChangeRequestView } from "./change-request-view";

export async function ChangeRequestQueue({ actor, decide }: { actor: CoreActor; decide: (prev: ActionState, fd: FormData) => Promise<ActionState> }) {
  const requests = await listOpenChangeRequests({ db, actor });
  const t = await getTranslations("institution.changeRequest");
  return (
    <ClientMessages namespaces={["institution.changeRequest", "institution.errors", "admin.errors"]}>
      <section aria-labelledby="change-requests-title" className="space-y-4 pt-4">
        <h2 id="change-requests-title" className="ds-heading" data-size="md">{t("queueTitle")}</h2>
        {requests.length === 0 ? (
          <p>{t("queueEmpty")}</p>
        ) : (
          <ul className="space-y-4">
            {requests.map((r) => (
              <li key={r.id} className="ds-card space-y-3 p-4" aria-label={r.institution.name}>
                <ChangeRequestView request={r} showInstitution />
                <ChangeRequestDecision requestId={r.id} institutionName={r.institution.name} action={decide} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </ClientMessages>
  );
}
