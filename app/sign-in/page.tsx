import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { env } from "@/lib/env";
import { getActor } from "@/lib/server/access/actor";
import { ownOrigin } from "@/lib/server/auth/own-origin";
import { safeCallbackPath } from "@/lib/server/auth/safe-redirect";
import { ClientMessages } from "@/components/intl/client-messages";
import { Heading, Paragraph } from "@/components/ds";

export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Only this origin's pages are followed after sign-in (no open redirect).
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl, ownOrigin());
  if (await getActor()) redirect(callbackUrl);
  const t = await getTranslations("auth.signIn");
  const oidcName = env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET ? env.OIDC_NAME : null;
  return (
    <ClientMessages namespaces={["auth.signIn"]}>
      <section aria-labelledby="sign-in-title" className="ds-card mx-auto max-w-md space-y-4 sm:mt-6">
        <Heading level={1} data-size="md" id="sign-in-title">{t("title")}</Heading>
        <Paragraph>{t("intro")}</Paragraph>
        <SignInForm callbackUrl={callbackUrl} oidcName={oidcName} />
      </section>
    </ClientMessages>
  );
}
