import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can, isCoordinator } from "@/lib/onboarding/permissions";
import type { Actor } from "@/lib/server/access/actor";

/** Main menu: only links the actor may follow (the pages check again). */
export async function AppNav({ actor }: { actor: Actor }) {
  const t = await getTranslations("app.nav");
  const links = [
    { href: "/", label: t("institutions"), show: true },
    { href: "/overview", label: t("overview"), show: isCoordinator(actor) },
    { href: "/bits-queue", label: t("bitsQueue"), show: isCoordinator(actor) },
    { href: "/activity", label: t("activity"), show: isCoordinator(actor) },
    { href: "/test-panel", label: t("testPanel"), show: true },
    { href: "/admin/users", label: t("users"), show: can(actor, "user.manage") },
    { href: "/audit", label: t("audit"), show: can(actor, "audit.read.all") },
    { href: "/account", label: t("account"), show: true },
  ].filter((l) => l.show);
  return (
    <nav aria-label={t("label")} className="border-t" style={{ borderColor: "var(--ds-color-neutral-border-subtle)" }}>
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-4 gap-y-1 px-4 py-1">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="ds-link inline-block py-2" data-color="neutral">{l.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
