import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime, toDateLocale } from "@/lib/format/dates";
import type { ActionState } from "@/lib/errors/app-error";
import type { UserRow } from "@/lib/server/users/list-users";
import { UserActions } from "./user-actions";
import { DataTable } from "@/components/data-table";
import { Avatar } from "@/components/ds";
import { initials } from "@/lib/format/person";
import { EmailAddress } from "@/components/person";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export async function UserTable({
  users,
  actorId,
  mayManageCoordinators,
  suppliers,
  actions,
}: {
  users: UserRow[];
  actorId: string;
  mayManageCoordinators: boolean;
  /** The suppliers institutions name: an institution user may be marked as one's staff. */
  suppliers: { orgnr: string; name: string }[];
  actions: { setDisabled: Action; changeRole: Action; changeSupplier: Action };
}) {
  const t = await getTranslations("admin.users");
  const tRoles = await getTranslations("admin.roles");
  const locale = toDateLocale(await getLocale());
  if (users.length === 0) return <p>{t("empty")}</p>;
  return (
    <DataTable caption={t("caption")} columns={(["name", "email", "role", "supplier", "status", "lastSignIn", "institutions", "actions"] as const).map((c) => t(c))}>
      {users.map((u) => {
        const isStaff = u.role !== "INSTITUTION_USER";
        const editable = u.id !== actorId && (mayManageCoordinators || !isStaff);
        return (
          <tr key={u.id} className="border-t border-slate-200 align-top">
            <th scope="row" className="px-3 py-2 font-medium">
              <span className="flex items-center gap-2">
                <Avatar aria-hidden data-size="sm" className="shrink-0">{initials(u.name || u.email)}</Avatar>
                {u.name}
              </span>
            </th>
            <td className="px-3 py-2"><EmailAddress email={u.email} /></td>
            <td className="px-3 py-2">{tRoles(u.role)}</td>
            <td className="px-3 py-2">
              {u.supplierOrgnr ? `${suppliers.find((s) => s.orgnr === u.supplierOrgnr)?.name ?? t("unknownSupplier")} (${u.supplierOrgnr})` : "–"}
            </td>
            <td className="px-3 py-2">{u.disabled ? t("disabled") : t("active")}</td>
            <td className="px-3 py-2">
              {u.lastSignInAt ? formatDateTime(u.lastSignInAt, locale) : t("never")}
            </td>
            <td className="px-3 py-2">
              {u.memberships.length === 0 ? (
                "–"
              ) : (
                <ul>
                  {u.memberships.map((m) => (
                    <li key={m.institutionId}>
                      <Link href={`/institutions/${m.institutionId}`} className="ds-link">{m.name}</Link>{" "}
                      <span className="text-slate-600">({tRoles(m.memberRole)})</span>
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td className="px-3 py-2">
              {editable ? (
                <UserActions
                  userId={u.id}
                  name={u.name}
                  role={u.role}
                  disabled={u.disabled}
                  roleChoices={mayManageCoordinators ? ["INSTITUTION_USER", "COORDINATOR", "ADMIN"] : []}
                  supplierOrgnr={u.supplierOrgnr}
                  supplierChoices={u.role === "INSTITUTION_USER" ? suppliers : []}
                  {...actions}
                />
              ) : (
                <span className="text-slate-600">{u.id === actorId ? t("you") : "–"}</span>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
