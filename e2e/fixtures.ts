import fs from "node:fs";
import { expect, type Page } from "@playwright/test";
import { FIXTURES_FILE } from "./config";

export type RoleKey = "ownerA" | "memberA" | "ownerB" | "supplier" | "coordinator" | "admin";

export interface E2EFixtures {
  password: string;
  institutions: Record<"A" | "B", { id: string; name: string }>;
  users: Record<RoleKey, { id: string; email: string; name: string }>;
  /** Only for invitation.spec.ts: an account with no memberships that gets invited. */
  existingInvitee: { id: string; email: string; name: string };
  /** Only for start-pages.spec.ts: an owner of one institution with overdue and due-soon steps. */
  start: { institution: { id: string; name: string }; owner: { id: string; email: string; name: string } };
  /** Only for whole-onboarding.spec.ts, which takes it through every step. */
  wholeOnboarding: { institution: { id: string; name: string }; supplierStaff: { id: string; email: string; name: string } };
  /** Only for integration-test.spec.ts: C-3 and A-6 done, C-4 not started. */
  integrationTest: { institution: { id: string; name: string; orgnr: string }; owner: { id: string; email: string; name: string } };
}

let cached: E2EFixtures | null = null;
export function fixtures(): E2EFixtures {
  cached ??= JSON.parse(fs.readFileSync(FIXTURES_FILE, "utf8")) as E2EFixtures;
  return cached;
}

/** Signs in through the real form, as a person would. */
export async function signInWithForm(page: Page, email: string, password: string, opts = { navigate: true }) {
  if (opts.navigate) await page.goto("/sign-in");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn" }).click();
}

/** Fast sign-in through next-auth's endpoints; the session cookie lands in the page's context. */
export async function signInAs(page: Page, role: RoleKey) {
  await signInAsEmail(page, fixtures().users[role].email);
}

export async function signInAsEmail(page: Page, email: string) {
  const csrf = await (await page.request.get("/api/auth/csrf")).json();
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email, password: fixtures().password, json: "true" },
  });
  expect(res.ok()).toBe(true);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.user?.email).toBe(email);
}
