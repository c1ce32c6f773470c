"use client";
// The main menu's links, the current page's marked with aria-current="page" (rendered on the
// server too, so it holds without JavaScript).
import Link from "next/link";
import { usePathname } from "next/navigation";

export type TNavLink = { href: string; label: string };

/** Whether `href` is the page at `pathname` or one of its sub-pages. The start pages ("/" and
 * Bits' "/overview") also own the institution pages. */
export function isCurrent(href: string, pathname: string): boolean {
  if (href === "/" || href === "/overview") return pathname === href || pathname.startsWith("/institutions/");
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function NavLinks({ links, className }: { links: TNavLink[]; className?: string }) {
  const pathname = usePathname() ?? "";
  return (
    <ul className={className}>
      {links.map((l) => (
        <li key={l.href}>
          <Link href={l.href} className="app-nav-link" aria-current={isCurrent(l.href, pathname) ? "page" : undefined}>
            {l.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
