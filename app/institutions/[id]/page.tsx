import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InstitutionProfileView } from "@/components/institutions/institution-profile";
import { MemberTable } from "@/components/institutions/member-table";
import { ChecklistSummary } from "@/components/checklist/checklist-summary";
import { PhaseTaskList } from "@/components/checklist/phase-task-list";
import { Card, Heading } from "@/components/ds";
import { InviteForm } from "@/components/invitations/invite-form";
import { PendingInvitations } from "@/components/invitations/pending-invitations";
import { NextTasks } from "@/components/start/next-tasks";
import { can, isCoordinator } from "@/lib/onboarding/permissions";
import { requireActor } from "@/lib/server/access/actor";
import { assertCan } from "@/lib/server/access/authorize";
import { getChecklist } from "@/lib/server/checklist/get-checklist";
import { recordVisit } from "@/lib/server/notifications/visits";
import { currentViewer } from "@/lib/server/institutions/current-supplier-context";
import { osloToday } from "@/lib/server/checklist/load-states";
import { db } from "@/lib/server/db";
import { listMembers } from "@/lib/server/institutions/list-members";
import { listPendingInvitations } from "@/lib/server/invitations/list-pending-invitations";
import { changeMemberRoleAction, inviteMemberAction, removeMemberAction, resendInvitationAction, revokeInvitationAction } from "./actions";
import { orNotFound } from "./load";
import { ClientMessages } from "@/components/intl/client-messages";

export const dynamic = "force-dynamic";

export default async function InstitutionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  await assertCan(actor, "institution.read", id);
  const scope = { institutionId: id };
  const coordinator = isCoordinator(actor);
  const [checklist, members, invitations, t] = await Promise.all([
    // "Deres neste oppgaver" is for the institution's side (its staff and its supplier's)
    orNotFound(getChecklist({ db, actor, institutionId: id, today: osloToday(), withNextTasks: !coordinator })),
    can(actor, "member.read", scope) ? listMembers({ db, actor, institutionId: id }) : null,
    can(actor, "member.invite", scope) ? listPendingInvitations({ db, actor, institutionId: id }) : null,
    getTranslations("institution"),
  ]);
  const { institution, nextTasks: tasks } = checklist;
  // "new since your last visit": the previous visit marks the steps changed after it
  const previousVisit = await recordVisit(db, actor.id, id);
  const viewer = await currentViewer(institution);
  const manage = can(actor, "member.manage", scope)
    ? { changeRole: changeMemberRoleAction.bind(null, id), remove: removeMemberAction.bind(null, id) }
    : undefined;
  return (
    <ClientMessages namespaces={["institution.members", "admin.invitation", "admin.roles", "admin.errors", "institution.errors"]}>
      <div className="space-y-8">
        <section aria-labelledby="institution-title" className="space-y-4">
          {(coordinator || actor.memberships.length > 1) && <p><Link href={coordinator ? "/overview" : "/"} className="ds-link">{t("backToList")}</Link></p>}
          <Heading level={1} id="institution-title" data-size="lg">{institution.name}</Heading>
          {tasks && <NextTasks institutionId={id} tasks={tasks} supplierName={institution.supplierName} />}
          <ChecklistSummary {...checklist} viewer={viewer} />
          <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <Card asChild data-color="neutral">
              <section aria-labelledby="profile-title" className="profile-card">
                <h2 id="profile-title" className="ds-heading" data-size="xs">{t("profileTitle")}</h2>
                <InstitutionProfileView institution={institution} />
              </section>
            </Card>
            <nav aria-label={t("linksLabel")}>
              <ul className="space-y-2">
                <li><Link href={`/institutions/${id}/activity`} className="ds-link">{(await getTranslations("activity"))("institutionLink")}</Link></li>
                <li><Link href={`/institutions/${id}/timeline`} className="ds-link">{(await getTranslations("portfolio.timeline"))("link")}</Link></li>
                {can(actor, "sandbox.token.manage", scope) && <li><Link href={`/institutions/${id}/sandbox`} className="ds-link">{(await getTranslations("sandbox"))("institutionLink")}</Link></li>}
                {can(actor, "testpanel.use", scope) && <li><Link href={`/institutions/${id}/test-panel`} className="ds-link">{(await getTranslations("testPanel.institution"))("link")}</Link></li>}
                {can(actor, "institution.update", scope) && (
                  <li>
                    <Link href={`/institutions/${id}/edit`} className="ds-button" data-variant="secondary" data-size="sm">
                      {t("edit")}
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          </div>
        </section>
        <section aria-labelledby="checklist-title" className="space-y-4">
          <h2 id="checklist-title" className="ds-heading" data-size="md">{t("checklistTitle")}</h2>
          <PhaseTaskList {...checklist} newSince={previousVisit?.toISOString() ?? null} />
        </section>
        {members && (
          <section aria-labelledby="members-title" className="space-y-4">
            <h2 id="members-title" className="ds-heading" data-size="md">{t("members.title")}</h2>
            <MemberTable members={members} manage={manage} />
            {invitations && (
              <section aria-labelledby="pending-invitations-title" className="space-y-2">
                <h3 id="pending-invitations-title" className="ds-heading" data-size="xs">{t("members.pendingTitle")}</h3>
                <PendingInvitations invitations={invitations} actions={{ resend: resendInvitationAction.bind(null, id), revoke: revokeInvitationAction.bind(null, id) }} />
              </section>
            )}
          </section>
        )}
        {can(actor, "member.invite", scope) && (
          <section aria-labelledby="invite-title" className="space-y-4">
            <h2 id="invite-title" className="ds-heading" data-size="md">{t("invite.title")}</h2>
            <p>{t("invite.intro")}</p>
            <InviteForm kind="member" action={inviteMemberAction.bind(null, id)} institution={{ id, name: institution.name, supplierName: institution.supplierName }} />
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
