"use client";
// The narrow-screen menu: a <details> disclosure, so it opens and closes without JavaScript
// (Enter/Space on its summary). Once hydrated it also says aria-expanded, closes on Escape
// (focus back on the button), on a click outside and after a navigation.
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { MenuHamburgerIcon, XMarkIcon } from "@navikt/aksel-icons";

const noop = () => () => {};

export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  // Before hydration the browser itself exposes the disclosure's state; a fixed "false" would lie.
  const hydrated = useSyncExternalStore(noop, () => true, () => false);
  const pathname = usePathname();

  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  useEffect(() => {
    if (!open) return;
    const details = ref.current;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || !details) return;
      details.open = false;
      details.querySelector("summary")?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (details && !details.contains(e.target as Node)) details.open = false;
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <details ref={ref} className="app-menu" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="ds-button" data-variant="secondary" data-size="sm" aria-expanded={hydrated ? open : undefined}>
        {open ? <XMarkIcon aria-hidden /> : <MenuHamburgerIcon aria-hidden />}
        {label}
      </summary>
      <div className="app-menu-panel">{children}</div>
    </details>
  );
}
