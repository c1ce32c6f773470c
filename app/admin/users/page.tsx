import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UserFilter } from "@/components/admin/user-filter";
import { UserTable } from "@/components/admin/user-table";
import { InviteForm } from "@/components/invitations/invite-form";
import { PendingInvitations } from "@/components/invitations/pending-invitations";
import { can } from "@/lib/onboarding/permissions";
import { requireActor } from "@/lib/server/access/actor";
import { assertCan } from "@/lib/server/access/authorize";
import { db } from "@/lib/server/db";
import { listInstitutions } from "@/lib/server/institutions/list-institutions";
import { listPendingInvitations } from "@/lib/server/invitations/list-pending-invitations";
import { listUsers } from "@/lib/server/users/list-users";
import { listKnownSuppliers } from "@/lib/server/users/set-user-supplier";
import { ZUserFilterSchema } from "@/lib/validation/user";
import {
  changeUserRoleAction,
  changeUserSupplierAction,
  inviteCoordinatorAction,
  inviteToInstitutionAction,
  resendInvitationAdminAction,
  revokeInvitationAdminAction,
  setUserDisabledAction,
} from "./actions";
import { ClientMessages } from "@/components/intl/client-messages";
import { OutboxFailures } from "@/components/notifications/outbox-failures";
import { outboxStatus } from "@/lib/server/notifications/admin";

export const dynamic = "force-dynamic";

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  await assertCan(actor, "user.manage");
  const { q } = ZUserFilterSchema.parse(await searchParams);
  const t = await getTranslations("admin");
  const users = await listUsers({ db, actor, query: q });
  const suppliers = await listKnownSuppliers({ db });
  const institutions = (await listInstitutions(actor)).map((i) => ({ id: i.id, name: i.name, supplierName: i.supplierName }));
  const mayManageCoordinators = can(actor, "coordinator.manage");
  // an invitation to a Bits role is resent or withdrawn by whoever may manage coordinators
  const invitations = (await listPendingInvitations({ db, actor })).filter((i) => i.institution || mayManageCoordinators);
  return (
    <ClientMessages namespaces={["admin.users", "admin.roles", "admin.invitation", "admin.errors", "institution.errors"]}>
      <div className="space-y-8">
        <section aria-labelledby="users-title" className="space-y-4">
          <h1 id="users-title" className="ds-heading" data-size="lg">{t("users.title")}</h1>
          {can(actor, "institution.create") && (
            <Link href="/admin/institutions/new" className="ds-link inline-block">{t("users.newInstitution")}</Link>
          )}
          <UserFilter query={q} />
          <p aria-live="polite">{t("users.count", { count: users.length })}</p>
          <UserTable
            users={users}
            actorId={actor.id}
            mayManageCoordinators={mayManageCoordinators}
            suppliers={suppliers}
            actions={{ setDisabled: setUserDisabledAction, changeRole: changeUserRoleAction, changeSupplier: changeUserSupplierAction }}
          />
        </section>
        <section aria-labelledby="pending-invitations-title" className="space-y-4">
          <h2 id="pending-invitations-title" className="ds-heading" data-size="md">{t("invitation.pending.title")}</h2>
          <PendingInvitations invitations={invitations} showInstitution actions={{ resend: resendInvitationAdminAction, revoke: revokeInvitationAdminAction }} />
        </section>
        <section aria-labelledby="invite-institution-title" className="space-y-4">
          <h2 id="invite-institution-title" className="ds-heading" data-size="md">{t("invitation.toInstitutionTitle")}</h2>
          <InviteForm kind="institution" action={inviteToInstitutionAction} institutions={institutions} />
        </section>
        {mayManageCoordinators && (
          <section aria-labelledby="invite-coordinator-title" className="space-y-4">
            <h2 id="invite-coordinator-title" className="ds-heading" data-size="md">{t("invitation.coordinatorTitle")}</h2>
            <InviteForm kind="coordinator" action={inviteCoordinatorAction} />
          </section>
        )}
        {actor.role === "ADMIN" && <OutboxFailures status={await outboxStatus(db)} />}
      </div>
    </ClientMessages>
  );
}
