import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/server/access/actor";
import { AppNav } from "./app-nav";
import { SignOutButton } from "./auth/sign-out-button";
import { LanguageSwitch } from "./language-switch";

export async function AppHeader() {
  const t = await getTranslations("app");
  const tAuth = await getTranslations("auth");
  const actor = await getActor();
  return (
    <header className="border-b bg-white" style={{ borderColor: "var(--ds-color-neutral-border-subtle)" }}>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div>
          <Link href="/" className="text-xl font-bold underline-offset-4 hover:underline" style={{ color: "var(--ds-color-accent-text-default)" }}>
            {t("name")}
          </Link>
          <p className="text-sm" style={{ color: "var(--ds-color-neutral-text-subtle)" }}>{t("tagline")}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {actor && (
            <p className="text-sm">
              {tAuth("signedInAs", { name: actor.name })} · {tAuth(`roles.${actor.role}`)}
            </p>
          )}
          {actor && <SignOutButton label={tAuth("signOut")} />}
          <LanguageSwitch />
        </div>
      </div>
      {actor && <AppNav actor={actor} />}
    </header>
  );
}
