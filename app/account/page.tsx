import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { EmailAddress } from "@/components/person";
import { requireActor } from "@/lib/server/access/actor";
import { ClientMessages } from "@/components/intl/client-messages";

export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const actor = await requireActor();
  const t = await getTranslations("account");
  const tn = await getTranslations("notifications");
  return (
    <ClientMessages namespaces={["account", "password"]}>
      <section aria-labelledby="account-title" className="space-y-4">
        <PageHeader id="account-title" title={t("title")} />
        <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t("name")}</dt><dd>{actor.name}</dd>
          <dt className="font-medium">{t("email")}</dt><dd><EmailAddress email={actor.email} /></dd>
        </dl>
        <p><Link className="ds-link" href="/account/notifications">{tn("preferences.title")}</Link></p>
        <h2 className="ds-heading" data-size="md">{t("changePassword")}</h2>
        <p>{t("changePasswordIntro")}</p>
        <ChangePasswordForm />
      </section>
    </ClientMessages>
  );
}
