import { getTranslations } from "next-intl/server";
import { can, isCoordinator } from "@/lib/onboarding/permissions";
import type { Actor } from "@/lib/server/access/actor";
import { NavLinks, type TNavLink } from "./nav-links";

/** The main menu's links: only those the actor may follow (the pages check again). */
export async function navLinksFor(actor: Actor): Promise<TNavLink[]> {
  const t = await getTranslations("app.nav");
  const tp = await getTranslations("portfolio.nav");
  return [
    // Bits' start page is the dashboard ("/" leads there), the overview beside it; everyone
    // else's is "/" (their institution, or the list of them when they have several)
    { href: "/dashboard", label: tp("dashboard"), show: isCoordinator(actor) },
    { href: "/overview", label: t("overview"), show: isCoordinator(actor) },
    { href: "/", label: actor.memberships.length > 1 ? t("institutions") : t("start"), show: !isCoordinator(actor) },
    { href: "/bits-queue", label: t("bitsQueue"), show: isCoordinator(actor) },
    { href: "/insights", label: tp("insights"), show: isCoordinator(actor) },
    { href: "/activity", label: t("activity"), show: isCoordinator(actor) },
    { href: "/test-panel", label: t("testPanel"), show: true },
    { href: "/admin/users", label: t("users"), show: can(actor, "user.manage") },
    { href: "/audit", label: t("audit"), show: can(actor, "audit.read.all") },
    { href: "/account", label: t("account"), show: true },
  ]
    .filter((l) => l.show)
    .map(({ href, label }) => ({ href, label }));
}

/** Main menu: a row of links (wide screens) or a column inside the header's menu (narrow ones). */
export async function AppNav({ links, layout }: { links: TNavLink[]; layout: "row" | "column" }) {
  const t = await getTranslations("app.nav");
  return (
    <nav aria-label={t("label")} className={layout === "row" ? "app-nav-row" : "app-nav-column"}>
      <NavLinks links={links} />
    </nav>
  );
}
