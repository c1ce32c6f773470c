import type { Page } from "@playwright/test";

/** Resolves once React has hydrated the page (components/hydration-mark.tsx). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

const isHtml = (response: Awaited<ReturnType<Page["goto"]>>) => response?.headers()["content-type"]?.startsWith("text/html") ?? false;

/**
 * Makes `goto` and `reload` return only once an HTML page has hydrated: a click that lands
 * before React has attached its handlers is lost (CI once failed on a sign-out click so).
 * Only for pages with JavaScript on; the mark never comes without it.
 */
export function hydrateOnNavigation(page: Page): Page {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (isHtml(response)) await waitForHydration(page);
    return response;
  };
  page.reload = async (options) => {
    const response = await reload(options);
    if (isHtml(response)) await waitForHydration(page);
    return response;
  };
  return page;
}
