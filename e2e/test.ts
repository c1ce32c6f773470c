import { test as base } from "@playwright/test";
import { hydrateOnNavigation } from "./hydration";

export { expect } from "@playwright/test";

/** Playwright's test, with a page whose goto and reload wait for hydration (e2e/hydration.ts). */
export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, provide) => {
    await provide(javaScriptEnabled === false ? page : hydrateOnNavigation(page));
  },
});
