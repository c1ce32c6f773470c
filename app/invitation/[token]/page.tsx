import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { db } from "@/lib/server/db";
import { findInvitation } from "@/lib/server/invitations/find-invitation";
import { acceptExistingUserAction, acceptNewUserAction } from "./actions";
import { ClientMessages } from "@/components/intl/client-messages";

export const dynamic = "force-dynamic";

// Public page (proxy.ts lets /invitation/* through): the token itself is the credential.
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("admin.accept");
  const tRoles = await getTranslations("admin.roles");
  const found = await findInvitation({ db, token });
  return (
    <ClientMessages namespaces={["admin.accept", "admin.errors", "institution.errors"]}>
      <section aria-labelledby="invitation-title" className="mx-auto max-w-md space-y-4 rounded bg-white p-6 shadow-sm">
        <h1 id="invitation-title" className="text-2xl font-bold">{t("title")}</h1>
        {found.status === "open" ? (
          <>
            <p>
              {found.institutionName
                ? t("introInstitution", { institution: found.institutionName, role: tRoles(found.memberRole ?? "MEMBER") })
                : t("introCoordinator", { role: tRoles(found.role) })}
            </p>
            <AcceptInvitationForm
              action={found.existingUser ? acceptExistingUserAction : acceptNewUserAction}
              token={token}
              email={found.email}
              existingUser={found.existingUser}
              defaultName={found.name ?? undefined}
            />
          </>
        ) : (
          <>
            <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-red-800">{t(`status.${found.status}`)}</p>
            <p><Link href="/sign-in" className="text-brand underline">{t("toSignIn")}</Link></p>
          </>
        )}
      </section>
    </ClientMessages>
  );
}
