import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { expect, test } from "../test";
import pg from "pg";
import { E2E_DATABASE_URL, E2E_PORT } from "../config";
import { fixtures, type RoleKey } from "../fixtures";
import { appRoutes, serverActions } from "./app-routes";
import { dbNow, writesBy } from "./db";
import { invokeAction } from "./invoke-action";
import { ACTION_ACCESS, ROUTE_ACCESS, WHO, type Outcome, type Who } from "./route-access";

// Every route and every server action, for every kind of user: allowed where it should be,
// 404 or sign-in where not, and no write succeeds outside the actor's scope.
const baseURL = `http://localhost:${E2E_PORT}`;
const contexts = new Map<Who, APIRequestContext>();

async function contextFor(who: Who): Promise<APIRequestContext> {
  const existing = contexts.get(who);
  if (existing) return existing;
  const ctx = await playwrightRequest.newContext({ baseURL });
  if (who !== "anonymous") {
    const f = fixtures();
    const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
    const res = await ctx.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: f.users[who as RoleKey].email, password: f.password, json: "true" },
    });
    expect(res.ok(), `sign-in as ${who}`).toBe(true);
  }
  contexts.set(who, ctx);
  return ctx;
}

test.afterAll(async () => {
  for (const ctx of contexts.values()) await ctx.dispose();
});

test("every route of the app is in the access registry, and nothing else is", () => {
  const routes = appRoutes().map((r) => r.route);
  expect(routes.filter((r) => !(r in ROUTE_ACCESS)), "routes missing from e2e/access/route-access.ts").toEqual([]);
  expect(Object.keys(ROUTE_ACCESS).filter((r) => !routes.includes(r)), "registry entries without a route").toEqual([]);
});

test("every server action of the build is in the access registry, and nothing else is", () => {
  const actions = serverActions().map((a) => `${a.filename}#${a.exportedName}`);
  expect(actions.filter((a) => !(a in ACTION_ACCESS)), "actions missing from e2e/access/route-access.ts").toEqual([]);
  expect(Object.keys(ACTION_ACCESS).filter((a) => !actions.includes(a)), "registry entries without an action").toEqual([]);
});

function outcomeOf(status: number, location: string | undefined): Outcome | string {
  if (status === 200) return "ok";
  if (status === 404) return "notFound";
  if (status === 401) return "unauthorized";
  if (status >= 300 && status < 400 && location?.includes("/sign-in")) return "signIn";
  if (status >= 300 && status < 400) return "redirect";
  return `status ${status}${location ? ` → ${location}` : ""}`;
}

for (const [route, cases] of Object.entries(ROUTE_ACCESS)) {
  test(`route ${route} answers each user as registered`, async () => {
    const f = fixtures();
    const seen: string[] = [];
    const wanted: string[] = [];
    for (const c of cases) {
      for (const who of WHO) {
        const res = await (await contextFor(who)).get(c.path(f), { maxRedirects: 0 });
        seen.push(`${who} ${c.path(f)}: ${outcomeOf(res.status(), res.headers()["location"])}`);
        wanted.push(`${who} ${c.path(f)}: ${c.expect[who]}`);
      }
    }
    expect(seen).toEqual(wanted);
  });
}

async function membershipOf(userId: string): Promise<string> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(`SELECT id FROM "Membership" WHERE "userId" = $1`, [userId])).rows[0].id;
  } finally {
    await client.end();
  }
}

/** A pending invitation to institution A, for the resend/revoke actions to aim at. */
async function pendingInvitationOfA(institutionId: string, invitedById: string): Promise<string> {
  const id = "access-matrix-pending-invitation";
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Invitation" (id, email, "institutionId", role, "memberRole", "tokenHash", "expiresAt", "invitedById")
       VALUES ($1, 'matrise-invitert@e2e.example', $2, 'INSTITUTION_USER', 'MEMBER', md5(random()::text), now() + interval '7 days', $3)
       ON CONFLICT (id) DO NOTHING`,
      [id, institutionId, invitedById],
    );
    return id;
  } finally {
    await client.end();
  }
}

// actions open to everyone (denied: []) have nothing to refuse
for (const [key, action] of Object.entries(ACTION_ACCESS).filter(([, a]) => a.denied.length > 0)) {
  test(`action ${key} makes no write for anyone outside its scope`, async () => {
    const f = fixtures();
    const actionId = serverActions().find((a) => `${a.filename}#${a.exportedName}` === key)!.id;
    const ids = { membershipOfMemberA: await membershipOf(f.users.memberA.id), pendingInvitationOfA: await pendingInvitationOfA(f.institutions.A.id, f.users.ownerA.id) };
    for (const who of action.denied) {
      const since = await dbNow();
      const { result } = await invokeAction(await contextFor(who), {
        pagePath: action.pagePath(f),
        actionId,
        boundArgs: action.boundArgs?.(f),
        fields: action.fields(f, ids),
        withPrevState: action.withPrevState,
      });
      expect((result as { ok?: unknown } | undefined)?.ok, `${key} as ${who} answered ok`).not.toBe(true);
      if (who !== "anonymous") expect(await writesBy(f.users[who as RoleKey].email, since), `${key} as ${who} wrote`).toEqual([]);
    }
    await expectInstitutionAUnchanged();
  });
}

async function expectInstitutionAUnchanged() {
  const f = fixtures();
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    const inst = (await client.query(`SELECT name FROM "Institution" WHERE id = $1`, [f.institutions.A.id])).rows[0];
    expect(inst.name).toBe(f.institutions.A.name);
    const member = (await client.query(
      `SELECT u.role, u.disabled, m."memberRole" FROM "User" u JOIN "Membership" m ON m."userId" = u.id WHERE u.id = $1`,
      [f.users.memberA.id],
    )).rows[0];
    expect(member).toEqual({ role: "INSTITUTION_USER", disabled: false, memberRole: "MEMBER" });
  } finally {
    await client.end();
  }
}
