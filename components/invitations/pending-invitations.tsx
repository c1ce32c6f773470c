// Invitations not yet accepted, on the institution page (its own) and in the user admin (all):
// address, role, who invited, when it expires, and per row "send again" (a new link; the old
// one dies) and "withdraw" (confirmed).
import { getLocale, getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/errors/app-error";
import { formatDateTime, toDateLocale } from "@/lib/format/dates";
import type { InviteResult } from "@/lib/server/invitations/invite";
import type { TPendingInvitation } from "@/lib/server/invitations/list-pending-invitations";
import { DataTable } from "@/components/data-table";
import { EmailAddress } from "@/components/person";
import { PendingInvitationActions } from "./pending-invitation-actions";

export async function PendingInvitations({ invitations, actions, showInstitution = false }: {
  invitations: TPendingInvitation[];
  actions: {
    resend: (prev: ActionState<InviteResult>, fd: FormData) => Promise<ActionState<InviteResult>>;
    revoke: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  };
  /** In the user admin: which institution (or the Bits role) each invitation is to. */
  showInstitution?: boolean;
}) {
  const t = await getTranslations("admin.invitation.pending");
  const tr = await getTranslations("admin.roles");
  const locale = toDateLocale(await getLocale());
  if (invitations.length === 0) return <p>{t("empty")}</p>;
  const columns = [t("email"), ...(showInstitution ? [t("institution")] : []), t("role"), t("invitedBy"), t("expires"), t("actions")];
  return (
    <DataTable caption={t("caption")} columns={columns}>
      {invitations.map((i) => (
        <tr key={i.id} className="border-t border-slate-200 align-top">
          <th scope="row" className="px-3 py-2 font-medium"><EmailAddress email={i.email} /></th>
          {showInstitution && <td className="px-3 py-2">{i.institution?.name ?? t("bits")}</td>}
          <td className="px-3 py-2">{tr(i.memberRole ?? i.role)}</td>
          <td className="px-3 py-2">{i.invitedByName ?? t("commandLine")}</td>
          <td className="px-3 py-2">
            {i.expired ? <strong>{t("expired", { time: formatDateTime(i.expiresAt, locale) })}</strong> : formatDateTime(i.expiresAt, locale)}
          </td>
          <td className="px-3 py-2">
            <PendingInvitationActions invitationId={i.id} email={i.email} {...actions} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
