import { getLocale, getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/errors/app-error";
import type { MemberRow } from "@/lib/server/institutions/list-members";
import { MemberActions } from "./member-actions";
import { DataTable } from "@/components/data-table";
import { Avatar } from "@/components/ds";
import { initials } from "@/lib/format/person";
import { EmailAddress } from "@/components/person";
import { formatDateTime, toDateLocale } from "@/lib/format/dates";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export async function MemberTable({
  members,
  manage,
}: {
  members: MemberRow[];
  /** Present when the actor may change roles and remove members. */
  manage?: { changeRole: Action; remove: Action };
}) {
  const t = await getTranslations("institution.members");
  const locale = toDateLocale(await getLocale());
  if (members.length === 0) return <p>{t("empty")}</p>;
  return (
    <DataTable caption={t("caption")} columns={[t("name"), t("email"), t("role"), t("lastSignIn"), ...(manage ? [t("actions")] : [])]}>
      {members.map((m) => (
        <tr key={m.membershipId} className="border-t border-slate-200 align-top">
          <th scope="row" className="px-3 py-2 font-medium">
            <span className="flex items-center gap-2">
              <Avatar aria-hidden data-size="sm" className="shrink-0">{initials(m.name || m.email)}</Avatar>
              <span>
                {m.name}
                {m.disabled && <span className="ml-2 text-xs font-normal" style={{ color: "var(--ds-color-neutral-text-subtle)" }}>({t("disabled")})</span>}
              </span>
            </span>
          </th>
          <td className="px-3 py-2"><EmailAddress email={m.email} /></td>
          <td className="px-3 py-2">{t(`roles.${m.memberRole}`)}</td>
          <td className="px-3 py-2">
            {m.lastSignInAt ? formatDateTime(m.lastSignInAt, locale) : t("never")}
          </td>
          {manage && (
            <td className="px-3 py-2">
              <MemberActions membershipId={m.membershipId} name={m.name} memberRole={m.memberRole} {...manage} />
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
