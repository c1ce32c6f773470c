"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/fields";
import { useInstitutionFormErrors } from "@/components/forms/use-form-errors";
import type { ActionState } from "@/lib/errors/app-error";
import { Button } from "@/components/ds";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** Per member: change the member role, or remove from the institution (with a confirm step). */
export function MemberActions({
  membershipId,
  name,
  memberRole,
  changeRole,
  remove,
}: {
  membershipId: string;
  name: string;
  memberRole: "OWNER" | "MEMBER";
  changeRole: Action;
  remove: Action;
}) {
  const t = useTranslations("institution.members");
  const [roleState, roleAction, rolePending] = useActionState(changeRole, null);
  const [removeState, removeAction, removePending] = useActionState(remove, null);
  const roleErrors = useInstitutionFormErrors(roleState);
  const removeErrors = useInstitutionFormErrors(removeState);
  const other = memberRole === "OWNER" ? "MEMBER" : "OWNER";
  return (
    <div className="flex flex-col gap-2">
      {roleErrors.summary && <FormMessage kind="error">{roleErrors.summary}</FormMessage>}
      {removeErrors.summary && <FormMessage kind="error">{removeErrors.summary}</FormMessage>}
      <div className="flex flex-wrap gap-2">
        <form action={roleAction}>
          <input type="hidden" name="membershipId" value={membershipId} />
          <input type="hidden" name="memberRole" value={other} />
          <Button type="submit" disabled={rolePending} variant="secondary" data-size="sm">
            {t(other === "OWNER" ? "makeOwner" : "makeMember", { name })}
          </Button>
        </form>
        <form
          action={removeAction}
          onSubmit={(e) => {
            if (!window.confirm(t("confirmRemove", { name }))) e.preventDefault();
          }}
        >
          <input type="hidden" name="membershipId" value={membershipId} />
          <Button type="submit" disabled={removePending} variant="secondary" data-color="danger" data-size="sm">
            {t("remove", { name })}
          </Button>
        </form>
      </div>
    </div>
  );
}
