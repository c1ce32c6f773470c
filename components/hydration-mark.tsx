"use client";

import { useEffect, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** False in the server render and until React has hydrated this component, true after. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/**
 * Sets `data-hydrated` on <html> once React has hydrated the page. Until then a click on a
 * control that needs JavaScript does nothing; the browser tests wait for this mark after every
 * page load (e2e/hydration.ts).
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
