// Sessions end on the server, sign-in never leads off-site, and cross-origin actions get a clean 403.
import { expect, test } from "../test";
import { serverActions } from "../access/app-routes";
import { query } from "../access/db";
import { invokeAction } from "../access/invoke-action";
import { fixtures, signInAs, signInWithForm } from "../fixtures";
import { SHARED_CLIENT } from "../../lib/server/auth/client-address";
import { throttleKey } from "../../lib/server/auth/throttle";

test("a copied session cookie opens nothing after sign-out", async ({ page, browser, baseURL }) => {
  await signInAs(page, "ownerB");
  const copied = await page.context().cookies();
  expect(copied.some((c) => c.name.includes("next-auth.session-token"))).toBe(true);
  await page.goto("/");
  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  // somebody who copied the cookie before sign-out
  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(copied);
  const res = await thief.request.get("/account", { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers().location).toMatch(/\/sign-in/);
  expect((await (await thief.request.get("/api/auth/session")).json())?.user).toBeUndefined();
  await thief.close();
});

const OFF_SITE = ["/\\evil.example/x", "/\t/evil.example", "//evil.example", "https://evil.example/", "/%5Cevil.example", "\\\\evil.example"];

test("sign-in never sends anyone off-site, whatever callbackUrl says", async ({ page, baseURL }) => {
  const own = new URL(baseURL!).origin;
  const target = OFF_SITE[0];
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(target)}`);
  await signInWithForm(page, fixtures().users.supplier.email, fixtures().password, { navigate: false });
  await expect(page.getByRole("button", { name: "Logg ut" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(own);
  // signed in: the sign-in page forwards at once (307), never off-site
  for (const callback of OFF_SITE) {
    const res = await page.request.get(`/sign-in?callbackUrl=${encodeURIComponent(callback)}`, { maxRedirects: 0 });
    expect(res.status(), callback).toBe(307);
    expect(new URL(res.headers().location, own).origin, callback).toBe(own);
  }
  // a same-site target is kept
  const ok = await page.request.get(`/sign-in?callbackUrl=${encodeURIComponent("/account?x=1")}`, { maxRedirects: 0 });
  expect(new URL(ok.headers().location, own).pathname + new URL(ok.headers().location, own).search).toBe("/account?x=1");
});

test("a server action posted from another origin gets a plain 403 and writes nothing", async ({ page }) => {
  await signInAs(page, "coordinator");
  const actionId = serverActions().find((a) => a.filename === "app/admin/institutions/actions.ts" && a.exportedName === "createInstitutionAction")!.id;
  const name = `Krysskilde ${Date.now()}`;
  const foreign = await page.request.post("/admin/institutions/new", {
    headers: { "Next-Action": actionId, Origin: "https://evil.example", Accept: "text/x-component" },
    multipart: { "_1_name": name, "_1_orgnr": "123456785", "0": JSON.stringify([null, "$K1"]) },
    maxRedirects: 0,
  });
  expect(foreign.status()).toBe(403);
  expect(foreign.headers()["content-type"]).toMatch(/^text\/plain/);
  expect(await foreign.text()).not.toMatch(/<html/i);
  expect(await query(`SELECT id FROM "Institution" WHERE name = $1`, [name])).toHaveLength(0);
  // the same call from our own origin reaches the action (here: a field error, still no 403)
  const own = await invokeAction(page.request, { pagePath: "/admin/institutions/new", actionId, fields: { name: "" }, withPrevState: true });
  expect(own.status).toBe(200);
});

test("sign-in limits count the connection's address, not a spoofed X-Forwarded-For", async ({ page }) => {
  const spoofed = `203.0.113.${Math.floor(Math.random() * 250)}`;
  const csrf = await (await page.request.get("/api/auth/csrf")).json();
  const res = await page.request.post("/api/auth/callback/credentials", {
    headers: { "X-Forwarded-For": spoofed, "X-Real-IP": spoofed, "X-Ajour-Client-Address": spoofed },
    form: { csrfToken: csrf.csrfToken, email: `ingen-${Date.now()}@e2e.example`, password: "feil-passord-her", json: "true" },
  });
  expect(res.status()).toBeLessThan(500);
  const keys = (await query<{ key: string }>(`SELECT key FROM "AuthThrottle" WHERE key LIKE 'pw-client:%'`)).map((r) => r.key);
  expect(keys).not.toContain(throttleKey("pw-client", spoofed));
  expect(keys).not.toContain(throttleKey("pw-client", SHARED_CLIENT));
  const local = ["127.0.0.1", "::1", "::ffff:127.0.0.1"].map((a) => throttleKey("pw-client", a));
  expect(keys.some((k) => local.includes(k))).toBe(true);
});
