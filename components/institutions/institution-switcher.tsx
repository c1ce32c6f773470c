"use client";
// A supplier's staff member moves between the institutions they act for and stays on the same
// sub-page (a step, the activity, the sandbox). Plain links: it works without JavaScript; the
// path comes from usePathname, which the server render knows too.
import Link from "next/link";
import { usePathname } from "next/navigation";

export function InstitutionSwitcher(props: {
  currentId: string;
  institutions: { id: string; name: string }[];
  label: string;
  currentLabel: string;
}) {
  const pathname = usePathname() ?? "";
  const prefix = `/institutions/${props.currentId}`;
  const rest = pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : "";
  return (
    <nav aria-label={props.label} className="flex flex-wrap items-baseline gap-x-2 text-sm">
      <span className="font-medium">{props.label}:</span>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {props.institutions.map((i) => (
          <li key={i.id}>
            {i.id === props.currentId ? (
              <span><strong>{i.name}</strong> ({props.currentLabel})</span>
            ) : (
              <Link href={`/institutions/${i.id}${rest}`} className="ds-link">{i.name}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
