import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { getActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { findInvitation } from "@/lib/server/invitations/find-invitation";
import { acceptAsSignedInUserAction, acceptNewUserAction } from "./actions";
import { ClientMessages } from "@/components/intl/client-messages";

export const dynamic = "force-dynamic";

// Public page (proxy.ts lets /invitation/* through): the token itself is the credential. It never
// says whether the address has an account: it offers "create an account" and "sign in to accept"
// alike, and accepts for an existing account only while signed in as it.
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("admin.accept");
  const tRoles = await getTranslations("admin.roles");
  const found = await findInvitation({ db, token });
  const actor = found.status === "open" ? await getActor() : null;
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(`/invitation/${token}`)}`;
  return (
    <ClientMessages namespaces={["admin.accept", "admin.errors", "institution.errors", "password"]}>
      <section aria-labelledby="invitation-title" className="mx-auto max-w-md space-y-4 rounded bg-white p-6 shadow-sm">
        <h1 id="invitation-title" className="ds-heading" data-size="lg">{t("title")}</h1>
        {found.status === "open" ? (
          <>
            <p>
              {found.institutionName
                ? t("introInstitution", { institution: found.institutionName, role: tRoles(found.memberRole ?? "MEMBER") })
                : t("introCoordinator", { role: tRoles(found.role) })}
            </p>
            {actor && actor.email !== found.email ? (
              <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-red-800">
                {t("otherAccount", { email: found.email, signedIn: actor.email })}
              </p>
            ) : (
              <AcceptInvitationForm
                action={actor ? acceptAsSignedInUserAction : acceptNewUserAction}
                token={token}
                email={found.email}
                signedIn={actor !== null}
                signInHref={signInHref}
                defaultName={found.name ?? undefined}
              />
            )}
          </>
        ) : (
          <>
            <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-red-800">{t(`status.${found.status}`)}</p>
            <p><Link href="/sign-in" className="ds-link">{t("toSignIn")}</Link></p>
          </>
        )}
      </section>
    </ClientMessages>
  );
}
