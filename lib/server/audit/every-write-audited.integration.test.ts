// Finding 11 of issue 11: every write is audited in the same transaction. Two checks:
// 1. a scan of lib/server: each module that writes rows records an audit event, or is listed
//    below with the reason it does not (bookkeeping, the sandbox API's own data);
// 2. the write paths that were unaudited (the sandbox page's employer months and agreement
//    deletion) leave their event, in the feed with a label in both languages, and a refused
//    write leaves none.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import enActivity from "../../../messages/en/activity.json";
import nbActivity from "../../../messages/nb/activity.json";
import { activityEntry, FEED_ACTIONS } from "../../onboarding";
import { AppError } from "../../errors/app-error";
import { institutionWithMember, type TTestActor } from "../checklist/test-helpers";
import { deleteSandboxAgreement, setSandboxEmployerMonths } from "../sandbox/manage-data";
import { saveAgreement } from "../sandbox/store";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";

const SERVER = path.resolve(import.meta.dirname, "..");
/** Modules that write rows without an audit event, and why. (The sign-in and sandbox limiters'
 * counters are written by rate-limiter-flexible: bookkeeping, not changes.) */
const NOT_AUDITED: Record<string, string> = {
  "auth/throttle.ts": "the sign-in limiter's counters: bookkeeping of attempts, not changes (a refused sign-in is not a change)",
  "sandbox/authenticate.ts": "a token's lastUsedAt: bookkeeping of a read",
  "sandbox/record-call.ts":
    "the sandbox's call log (C-4's integration test reads it): bookkeeping of the API's answers, one row per call, bounded by the token's rate limit",
  "portfolio/saved-views.ts": "a person's own named overview filters (saved views): a setting, not an institution's data",
  "sandbox/store.ts":
    "the sandbox API's own data, written by a client with a token through the API (the register it imitates keeps no audit trail either); the sandbox page's changes go through manage-data.ts, which audits them",
  "notifications/notify.ts": "inbox entries and queued e-mails of a change: written in the audited change's own transaction, they report it and change nothing",
  "notifications/dispatch.ts": "the outbox's delivery bookkeeping (claimed, sent, retry, failed)",
  "notifications/scheduler.ts": "scheduled reminders and digests (notifications and e-mails, the run's claim): reports, not changes of anyone's data",
  "notifications/inbox.ts": "a person marking their own notifications read: bookkeeping of reading",
  "notifications/preferences.ts": "a person's own e-mail preferences and language (or a signed one-click unsubscribe of one category): settings of their own mail, not of the onboarding",
};
const WRITE = /\.\w+\.(create|createMany|update|updateMany|delete|deleteMany|upsert)\(|\$executeRaw/;

function modules(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "testing" ? [] : modules(full);
    return d.name.endsWith(".ts") && !d.name.endsWith(".test.ts") && d.name !== "test-helpers.ts" ? [full] : [];
  });
}

describe("every write is audited", () => {
  it("each module of lib/server that writes rows records an audit event, or says why not", () => {
    const writers = modules(SERVER).filter((f) => WRITE.test(fs.readFileSync(f, "utf8"))).map((f) => path.relative(SERVER, f));
    expect(writers.length).toBeGreaterThan(10);
    const unaudited = writers.filter((f) => !fs.readFileSync(path.join(SERVER, f), "utf8").includes("recordAudit(") && f !== "audit/record-audit.ts");
    expect(unaudited.sort()).toEqual(Object.keys(NOT_AUDITED).sort());
  });

  it("every action the feed shows has a label in both languages", () => {
    for (const action of FEED_ACTIONS) {
      const entry = activityEntry({ id: "e", at: new Date(), actor: "a@x.no", action, subject: "step:i:A-1", institutionId: "i", before: {}, after: {} });
      expect(entry, action).not.toBeNull();
      expect(nbActivity.types, action).toHaveProperty(entry!.type);
      expect(enActivity.types, action).toHaveProperty(entry!.type);
    }
  });
});

const kinds = await testDatabaseKinds();

describe.each(kinds)("the sandbox page's writes on %s", (kind) => {
  let t: TestDatabase;
  let user: TTestActor;
  let institutionId: string;
  const OP = "974760673";
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    ({ user, institution: { id: institutionId } } = await institutionWithMember(t.prisma));
  });
  afterAll(async () => t?.close());
  const events = (action: string) => t.prisma.auditEvent.findMany({ where: { institutionId, action }, orderBy: { at: "asc" } });

  it("setting and removing an employer's months are audited with the months before and after", async () => {
    await setSandboxEmployerMonths({ db: t.prisma, actor: user, institutionId, opplysningspliktig: OP, months: ["2022-03", "2022-04", "2022-09"] });
    await setSandboxEmployerMonths({ db: t.prisma, actor: user, institutionId, opplysningspliktig: OP, months: ["2022-05"] });
    await setSandboxEmployerMonths({ db: t.prisma, actor: user, institutionId, opplysningspliktig: OP, months: [] });
    await setSandboxEmployerMonths({ db: t.prisma, actor: user, institutionId, opplysningspliktig: OP, months: [] }); // nothing left: no write, no event
    const set = await events("sandbox.employer.set");
    expect(set.map((e) => [e.actor, e.subject, e.before, e.after])).toEqual([
      [user.email, `sandbox-employer:${OP}`, null, { opplysningspliktig: OP, months: "2022-03..2022-04, 2022-09" }],
      [user.email, `sandbox-employer:${OP}`, { opplysningspliktig: OP, months: "2022-03..2022-04, 2022-09" }, { opplysningspliktig: OP, months: "2022-05" }],
    ]);
    const removed = await events("sandbox.employer.remove");
    expect(removed.map((e) => [e.before, e.after])).toEqual([[{ opplysningspliktig: OP, months: "2022-05" }, null]]);
    expect(activityEntry(removed[0])).toMatchObject({ type: "SANDBOX_EMPLOYER_REMOVED", detail: OP });
    expect(activityEntry(set[1])).toMatchObject({ type: "SANDBOX_EMPLOYER_SET", detail: OP, excerpt: "2022-05" });
  });

  it("deleting an agreement is audited with what it was; another institution's is not found and leaves no event", async () => {
    await saveAgreement(t.prisma, institutionId, { avtalereferanse: "avtale-1", fraOgMed: "2022-01", opplysningspliktig: { norskIdentifikator: OP } });
    const row = await t.prisma.sandboxAgreement.findFirstOrThrow({ where: { institutionId } });
    const other = await institutionWithMember(t.prisma);
    const refused = await deleteSandboxAgreement({ db: t.prisma, actor: other.user, institutionId: other.institution.id, agreementId: row.id }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("NOT_FOUND");
    expect(await t.prisma.auditEvent.count({ where: { action: "sandbox.agreement.delete" } })).toBe(0);

    await deleteSandboxAgreement({ db: t.prisma, actor: user, institutionId, agreementId: row.id });
    expect(await t.prisma.sandboxAgreement.count({ where: { institutionId } })).toBe(0);
    const [deleted] = await events("sandbox.agreement.delete");
    expect(deleted).toMatchObject({
      actor: user.email, subject: `sandbox-agreement:${row.id}`,
      before: { opplysningspliktig: OP, avtalereferanse: "avtale-1", fraOgMed: "2022-01", tilOgMed: null },
    });
    expect(activityEntry(deleted)).toMatchObject({ type: "SANDBOX_AGREEMENT_DELETED", detail: OP });
  });
});
