import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/server/access/actor";
import { currentSupplierContext } from "@/lib/server/institutions/current-supplier-context";
import { initials } from "@/lib/format/person";
import { Avatar } from "@/components/ds";
import { AppNav, navLinksFor } from "./app-nav";
import { SignOutButton } from "./auth/sign-out-button";
import { HeaderMenu } from "./header-menu";
import { LanguageSwitch } from "./language-switch";
import { NotificationBell } from "./notifications/notification-bell";

/**
 * Wide screens: name, person, language and sign-out in one bar, the main menu as a row of links
 * under it. Narrow screens (below 768 px): a compact bar whose menu button opens the links,
 * the language switch and sign-out. Both are in the page; CSS shows one (app-header-wide/-narrow).
 */
export async function AppHeader() {
  const t = await getTranslations("app");
  const tAuth = await getTranslations("auth");
  const actor = await getActor();
  const links = actor ? await navLinksFor(actor) : [];
  // a supplier's staff member sees their own company next to their name
  const supplier = actor ? await currentSupplierContext() : null;
  const company = supplier && (
    <span className="app-person-company" data-testid="header-company">
      <span className="sr-only">{t("company")}: </span>
      {supplier.name ?? supplier.orgnr}
    </span>
  );
  return (
    <header className="app-header">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="app-brand">
          {/* eslint-disable-next-line @next/next/no-img-element -- a 32 px SVG; next/image adds nothing */}
          <img src="/icon.svg" alt="" width={32} height={32} />
          <span>
            <span className="app-brand-name">{t("name")}</span>
            <span className="app-brand-tagline">{t("tagline")}</span>
          </span>
        </Link>
        <div className="flex items-center gap-3">
          {actor && (
            <p className="flex items-center gap-2">
              <Avatar aria-hidden data-size="sm">{initials(actor.name || actor.email)}</Avatar>
              <span className="app-person">
                <span className="sr-only">{t("signedInAs")} </span>
                <span className="font-medium">{actor.name}</span>
                <span className="sr-only"> · </span>
                <span className="app-person-role">{tAuth(`roles.${actor.role}`)}</span>
                {company && <><span className="sr-only"> · </span>{company}</>}
              </span>
            </p>
          )}
          {actor && <NotificationBell userId={actor.id} />}
          <div className="app-header-wide items-center gap-3">
            <LanguageSwitch />
            {actor && <SignOutButton label={tAuth("signOut")} />}
          </div>
          {!actor && (
            <div className="app-header-narrow">
              <LanguageSwitch />
            </div>
          )}
          {actor && (
          <div className="app-header-narrow">
            <HeaderMenu label={t("menu")}>
              <p className="app-menu-person">
                <span className="font-medium">{actor.name}</span>
                <span className="app-person-role">{tAuth(`roles.${actor.role}`)}</span>
                {company}
              </p>
              <AppNav links={links} layout="column" />
              <div className="flex flex-wrap items-center gap-3 pt-3">
                <LanguageSwitch />
                <SignOutButton label={tAuth("signOut")} />
              </div>
            </HeaderMenu>
          </div>
          )}
        </div>
      </div>
      {actor && (
        <div className="app-header-navbar">
          <div className="mx-auto max-w-6xl px-4">
            <AppNav links={links} layout="row" />
          </div>
        </div>
      )}
    </header>
  );
}
