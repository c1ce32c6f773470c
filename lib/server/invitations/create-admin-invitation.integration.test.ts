// `npm run admin:create`: the first administrator of an installation without demo logins.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedUser } from "../../../prisma/seed/factories";
import { AppError } from "../../errors/app-error";
import { verifyPassword } from "../auth/password";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { acceptInvitation } from "./accept-invitation";
import { ADMIN_CREATE_ACTOR, createAdminInvitation } from "./create-admin-invitation";
import { findInvitation } from "./find-invitation";

const kinds = await testDatabaseKinds();
const root = path.resolve(__dirname, "../../..");
const tokenOf = (link: string) => link.split("/invitation/")[1];
const code = (p: Promise<unknown>) => p.then(() => "OK", (e: unknown) => (e instanceof AppError ? e.code : `THREW ${String(e)}`));
const uniqueEmail = (tag: string) => `${tag}-${Math.random().toString(36).slice(2, 10)}@ajour.example`;

describe.each(kinds)("admin:create on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  const snapshot = async () => ({
    invitations: await t.prisma.invitation.findMany({ orderBy: { id: "asc" } }),
    users: await t.prisma.user.count(),
    audit: await t.prisma.auditEvent.count(),
  });

  it("on an empty database issues a link with which the person sets a password and becomes an administrator; audited", async () => {
    expect(await t.prisma.user.count()).toBe(0);
    const email = uniqueEmail("forste");
    const result = await createAdminInvitation({ db: t.prisma, email: ` ${email.toUpperCase()} `, name: " Første Admin ", baseUrl: "https://ajour.example.no/" });
    expect(result.link).toMatch(new RegExp(`^https://ajour\\.example\\.no/invitation/[A-Za-z0-9_-]{43}$`));
    expect(result).toMatchObject({ email, revoked: 0, existingAccount: false });
    expect(await t.prisma.user.count()).toBe(0);
    const audit = await t.prisma.auditEvent.findMany({ where: { actor: ADMIN_CREATE_ACTOR } });
    expect(audit.map((a) => a.action)).toEqual(["invitation.create"]);
    expect(JSON.stringify(audit)).not.toContain(tokenOf(result.link));
    // what the invitation page shows, then the accept use-case the page's form calls
    const token = tokenOf(result.link);
    expect(await findInvitation({ db: t.prisma, token })).toMatchObject({ status: "open", role: "ADMIN", institutionName: null, name: "Første Admin" });
    const accepted = await acceptInvitation({ db: t.prisma, token, newAccount: { name: "Første Admin", password: "et-langt-admin-passord-2026" } });
    expect(accepted).toMatchObject({ email, created: true });
    const user = await t.prisma.user.findUniqueOrThrow({ where: { id: accepted.userId }, include: { memberships: true } });
    expect(user).toMatchObject({ role: "ADMIN", name: "Første Admin", disabled: false, memberships: [] });
    expect(await verifyPassword(user.passwordHash, "et-langt-admin-passord-2026")).toBe(true);
    expect((await findInvitation({ db: t.prisma, token })).status).toBe("used");
    // the account now exists as an administrator: a second run refuses and changes nothing
    const before = await snapshot();
    expect(await code(createAdminInvitation({ db: t.prisma, email, name: "Igjen", baseUrl: "https://ajour.example.no" }))).toBe("CONFLICT");
    expect(await snapshot()).toEqual(before);
  });

  it("running it again re-issues: the earlier link no longer works, the new one does", async () => {
    const email = uniqueEmail("paany");
    const first = await createAdminInvitation({ db: t.prisma, email, name: "Ny Admin", baseUrl: "https://ajour.example.no" });
    const second = await createAdminInvitation({ db: t.prisma, email, name: "Ny Admin", baseUrl: "https://ajour.example.no" });
    expect(second.revoked).toBe(1);
    expect((await findInvitation({ db: t.prisma, token: tokenOf(first.link) })).status).toBe("expired");
    expect(await code(acceptInvitation({ db: t.prisma, token: tokenOf(first.link), newAccount: { name: "Ny Admin", password: "et-langt-admin-passord-2026" } }))).toBe("GONE");
    const revokes = await t.prisma.auditEvent.findMany({ where: { actor: ADMIN_CREATE_ACTOR, action: "invitation.revoke" } });
    expect(revokes).toHaveLength(1);
    expect((await acceptInvitation({ db: t.prisma, token: tokenOf(second.link), newAccount: { name: "Ny Admin", password: "et-langt-admin-passord-2026" } })).created).toBe(true);
  });

  it("an existing non-admin account gets an ADMIN invitation it accepts as itself", async () => {
    const coordinator = await seedUser(t.prisma, { role: "COORDINATOR" });
    const result = await createAdminInvitation({ db: t.prisma, email: coordinator.email, name: "Kari", baseUrl: "http://localhost:3000" });
    expect(result.existingAccount).toBe(true);
    expect(await findInvitation({ db: t.prisma, token: tokenOf(result.link) })).toMatchObject({ status: "open", role: "ADMIN" });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: coordinator.id } })).role).toBe("COORDINATOR");
    // accepted while signed in as that account (never with a password on the invitation page)
    expect((await acceptInvitation({ db: t.prisma, token: tokenOf(result.link), signedInAs: coordinator })).created).toBe(false);
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: coordinator.id } })).role).toBe("ADMIN");
  });

  it.each([
    ["an invalid e-mail", { email: "ikke-en-epost", name: "Navn", baseUrl: "https://ajour.example.no" }, "email"],
    ["an empty e-mail", { email: "  ", name: "Navn", baseUrl: "https://ajour.example.no" }, "email"],
    ["an empty name", { email: "ok@ajour.example", name: "   ", baseUrl: "https://ajour.example.no" }, "name"],
    ["a name with a NUL", { email: "ok@ajour.example", name: "Na\u0000vn", baseUrl: "https://ajour.example.no" }, "name"],
    ["a base URL that is not http(s)", { email: "ok@ajour.example", name: "Navn", baseUrl: "javascript:alert(1)" }, "baseUrl"],
  ])("refuses %s and changes nothing", async (_what, input, field) => {
    const before = await snapshot();
    const error = await createAdminInvitation({ db: t.prisma, ...input }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVALID");
    expect(Object.keys((error as AppError).details?.fieldErrors as object)).toContain(field);
    expect(await snapshot()).toEqual(before);
  });
});

describe.runIf(kinds.includes("postgresql"))("the admin:create command", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openFreshDatabase("postgresql");
  });
  afterAll(async () => {
    await t?.close();
  });

  const run = (args: string[], extra: Record<string, string>) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: t.env.DATABASE_URL, ...extra };
    Reflect.deleteProperty(env, "NODE_ENV");
    if (!("NEXTAUTH_URL" in extra)) delete env.NEXTAUTH_URL;
    return spawnSync(process.execPath, ["--import", "tsx", "scripts/admin-create.ts", ...args], { cwd: root, env, encoding: "utf8", timeout: 120_000 });
  };

  it("prints a link on NEXTAUTH_URL; refuses a bad e-mail or a missing NEXTAUTH_URL with status 2, changing nothing", async () => {
    const bad = run(["--email", "not-an-email", "--name", "Navn"], { NEXTAUTH_URL: "https://ajour.example.no" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--email is not a valid e-mail address");
    expect(bad.stderr).toContain("Nothing was changed");
    const noUrl = run(["--email", "drift@ajour.example", "--name", "Drift"], {});
    expect(noUrl.status).toBe(2);
    expect(noUrl.stderr).toContain("NEXTAUTH_URL is not set");
    const missing = run(["--email", "drift@ajour.example"], { NEXTAUTH_URL: "https://ajour.example.no" });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--email and --name are required");
    expect(await t.prisma.invitation.count()).toBe(0);
    const ok = run(["--email", "Drift@Ajour.Example", "--name", "Drift Ansvarlig"], { NEXTAUTH_URL: "https://ajour.example.no" });
    expect(ok.status, ok.stderr).toBe(0);
    const link = ok.stdout.trim().split("\n").at(-1)!;
    expect(link).toMatch(/^https:\/\/ajour\.example\.no\/invitation\/[A-Za-z0-9_-]{43}$/);
    expect(await findInvitation({ db: t.prisma, token: tokenOf(link) })).toMatchObject({ status: "open", email: "drift@ajour.example", role: "ADMIN", name: "Drift Ansvarlig" });
  });
});
