// Notifications end to end on both databases, with a real SMTP server (issue 14): what arrives
// (recipients, subject, language, links, unsubscribe), SMTP down, a crash between send and mark,
// two dispatchers at once, and the scheduler's claimed runs.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openFreshDatabase, testDatabaseKinds, TEST_DATABASE_URL, type TestDatabase } from "../testing/test-databases";
import { startSmtpTestServer, type TSmtpTestServer } from "../testing/smtp-test-server";
import { createPrismaClient } from "../prisma-client";
import { seedUser } from "../../../prisma/seed/factories";
import { C4_COMPLETE, coordinator, institutionWithMember, member, setStates } from "../checklist/test-helpers";
import { decideStepReview, sendStepForReview } from "../checklist/review-step";
import { addStepComment } from "../checklist/add-step-comment";
import { dispatchOutbox } from "./dispatch";
import { runScheduled } from "./scheduler";
import { listNotifications, markAllRead, markRead, unreadCount } from "./inbox";
import { getPreferences, savePreferences, unsubscribe } from "./preferences";
import { notify } from "./notify";
import { createInvitation } from "../invitations/create-invitation";
import { acceptInvitation } from "../invitations/accept-invitation";
import { removeMember } from "../institutions/remove-member";

const kinds = await testDatabaseKinds();
const TODAY = "2026-11-26";
const PUBLIC = "https://ajour.example.no";

describe.each(kinds)("notifications on %s", (kind) => {
  let t: TestDatabase;
  let smtp: TSmtpTestServer;
  const saved = { SMTP_URL: process.env.SMTP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET };
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    smtp = await startSmtpTestServer();
    process.env.SMTP_URL = smtp.url;
    process.env.NEXTAUTH_URL = PUBLIC;
    process.env.NEXTAUTH_SECRET = "test-secret-test-secret-test-secret-123";
  });
  afterAll(async () => {
    Object.assign(process.env, saved);
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    await smtp?.close();
    await t?.close();
  });
  beforeEach(async () => {
    // every test starts from an empty outbox and mailbox
    await t.prisma.outboxMessage.deleteMany({});
    smtp.received.length = 0;
  });
  afterEach(() => {
    process.env.SMTP_URL = smtp.url;
  });

  const dispatch = (extra: Partial<Parameters<typeof dispatchOutbox>[0]> = {}) => dispatchOutbox({ db: t.prisma, from: "Ajour <ajour@test.example>", ...extra });

  async function readyC4() {
    const { institution, user } = await institutionWithMember(t.prisma);
    await setStates(t.prisma, institution.id, { "C-3": "DONE", "A-6": "DONE", "C-4": { status: "IN_PROGRESS", evidence: C4_COMPLETE } });
    const bits = await coordinator(t.prisma, "Kari Koordinator");
    const other = await coordinator(t.prisma, "Ola Annenkoordinator");
    await t.prisma.institution.update({ where: { id: institution.id }, data: { responsibleCoordinatorId: bits.id } });
    return { institution, user, bits, other, base: { db: t.prisma, institutionId: institution.id, stepKey: "C-4", today: TODAY } };
  }

  it("a step sent to Bits reaches the responsible coordinator in the inbox and by e-mail, in their language, with links and a working one-click unsubscribe", async () => {
    const { institution, user, bits, other, base } = await readyC4();
    await t.prisma.user.update({ where: { id: bits.id }, data: { locale: "en" } });
    await sendStepForReview({ ...base, actor: user, expectedVersion: 1 });

    // in-app: the responsible coordinator only, never the sender
    const inbox = await listNotifications({ db: t.prisma, userId: bits.id, show: "unread", locale: "en" });
    expect(inbox).toHaveLength(1);
    expect(inbox[0].text).toContain(`sent C-4`);
    expect(inbox[0].text).toContain(institution.name);
    expect(inbox[0].link).toBe(`/institutions/${institution.id}/steps/C-4`);
    expect(await unreadCount(t.prisma, other.id)).toBe(0);
    expect(await unreadCount(t.prisma, user.id)).toBe(0);

    expect(await dispatch()).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0];
    expect(mail.to).toEqual([bits.email]);
    expect(mail.subject).toMatch(/^Ajour: .* sent C-4 /);
    expect(mail.text).toContain("Hello Kari Koordinator,");
    expect(mail.text).toContain(`${PUBLIC}/institutions/${institution.id}/steps/C-4`);
    expect(mail.html).toContain(`href="${PUBLIC}/institutions/${institution.id}/steps/C-4"`);
    const stored = await t.prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: bits.email } });
    expect(mail.messageId).toBe(stored.messageId);
    const listUnsubscribe = mail.rawHeaders["list-unsubscribe"] ?? "";
    expect(mail.rawHeaders["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const url = new URL(listUnsubscribe.replace(/^<|>$/g, ""));
    expect(url.origin).toBe(PUBLIC);
    expect(url.pathname).toBe("/api/unsubscribe");
    // the body links the page that asks first, with the same token
    expect(mail.text).toContain(`${PUBLIC}/unsubscribe?token=${encodeURIComponent(url.searchParams.get("token")!)}`);

    // the link turns off that one category for that one person, nothing else
    expect(await unsubscribe(t.prisma, url.searchParams.get("token")!)).toEqual({ category: "REVIEW" });
    const prefs = await getPreferences(t.prisma, { id: bits.id, role: "COORDINATOR" });
    expect(prefs.modes.find((m) => m.category === "REVIEW")?.mode).toBe("OFF");
    expect(prefs.modes.find((m) => m.category === "COMMENT")?.mode).toBe("IMMEDIATE");
    expect((await getPreferences(t.prisma, { id: other.id, role: "COORDINATOR" })).modes.find((m) => m.category === "REVIEW")?.mode).toBe("IMMEDIATE");
    // a forged token changes nothing
    expect(await unsubscribe(t.prisma, url.searchParams.get("token")!.replace(/.$/, "x"))).toBeNull();

    // with REVIEW off, the next send is in the inbox but not e-mailed
    await decideStepReview({ ...base, actor: bits, expectedVersion: 2, decision: "RETURNED", reason: "Mangler TC-3" });
    smtp.received.length = 0;
    await sendStepForReview({ ...base, actor: user, expectedVersion: 3 });
    await dispatch();
    expect(smtp.received.filter((m) => m.to.includes(bits.email))).toHaveLength(0);
    expect(await unreadCount(t.prisma, bits.id)).toBe(2);
  });

  it("a return with its reason reaches the members who worked on the step and the owners, in Norwegian by default", async () => {
    const { institution, user, bits, base } = await readyC4();
    const bystander = await seedUser(t.prisma, { name: "Berit Bisitter", memberships: [{ institutionId: institution.id, memberRole: "MEMBER" }] });
    await sendStepForReview({ ...base, actor: user, expectedVersion: 1 });
    await dispatch();
    smtp.received.length = 0;
    await decideStepReview({ ...base, actor: bits, expectedVersion: 2, decision: "RETURNED", reason: "Rapporten mangler testtilfelle 3." });
    await dispatch();
    expect(smtp.received.map((m) => m.to[0])).toEqual([user.email]);
    expect(smtp.received[0].subject).toContain("sendte C-4");
    expect(smtp.received[0].text).toContain("Rapporten mangler testtilfelle 3.");
    expect(smtp.received[0].text).toContain("Hei Ivar Institusjon,");
    expect(await unreadCount(t.prisma, bystander.id)).toBe(0);
  });

  it("a comment notifies those who worked on the step; an @mention notifies the person named, once", async () => {
    const { institution, user, bits, other, base } = await readyC4();
    await sendStepForReview({ ...base, actor: user, expectedVersion: 1 });
    const colleague = await member(t.prisma, institution.id, "Kåre Kollega");
    await addStepComment({ ...base, actor: colleague, body: "Hei @Kari Koordinator og @Ola Annenkoordinator, se på dette" });
    // Ivar sent the step (worked on it): a comment notice; both coordinators are mentioned
    const kindsOf = async (id: string) => (await t.prisma.notification.findMany({ where: { userId: id }, orderBy: { createdAt: "asc" } })).map((n) => n.kind);
    expect(await kindsOf(user.id)).toEqual(["comment"]);
    expect(await kindsOf(bits.id)).toEqual(["reviewSent", "mention"]);
    expect(await kindsOf(other.id)).toEqual(["mention"]);
    expect(await kindsOf(colleague.id)).toEqual([]);
    await dispatch();
    const mention = smtp.received.find((m) => m.to.includes(other.email))!;
    expect(mention.subject).toContain("Kåre Kollega nevnte deg på C-4");
  });

  it("marks read one by one and all at once, only the person's own", async () => {
    const { user, bits, base } = await readyC4();
    await sendStepForReview({ ...base, actor: user, expectedVersion: 1 });
    await decideStepReview({ ...base, actor: bits, expectedVersion: 2, decision: "APPROVED" });
    const [n] = await listNotifications({ db: t.prisma, userId: bits.id, show: "unread", locale: "nb" });
    expect(await markRead({ db: t.prisma, userId: user.id, id: n.id })).toBe(false);
    expect(await markRead({ db: t.prisma, userId: bits.id, id: n.id })).toBe(true);
    expect(await unreadCount(t.prisma, bits.id)).toBe(0);
    expect(await unreadCount(t.prisma, user.id)).toBe(1);
    expect(await markAllRead({ db: t.prisma, userId: user.id })).toBe(1);
    expect(await listNotifications({ db: t.prisma, userId: user.id, show: "all", locale: "nb" })).toHaveLength(1);
  });

  it("an accepted invitation reaches the inviter; a removal reaches the person removed", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    const email = `ny-${Date.now()}@test.example`;
    const { link } = await createInvitation({ db: t.prisma, actor: user, email, institutionId: institution.id, role: "INSTITUTION_USER", memberRole: "MEMBER" });
    const token = link.split("/invitation/")[1];
    const accepted = await acceptInvitation({ db: t.prisma, token, newAccount: { name: "Nina Ny", password: "et-langt-og-sterkt-passord-2026" } });
    const [n] = await listNotifications({ db: t.prisma, userId: user.id, show: "unread", locale: "nb" });
    expect(n.text).toBe(`Nina Ny godtok invitasjonen din til ${institution.name}`);
    const membership = await t.prisma.membership.findFirstOrThrow({ where: { userId: accepted.userId, institutionId: institution.id } });
    await removeMember({ db: t.prisma, actor: user, institutionId: institution.id, membershipId: membership.id });
    const [removed] = await listNotifications({ db: t.prisma, userId: accepted.userId, show: "unread", locale: "en" });
    expect(removed.text).toBe(`You were removed from ${institution.name}`);
  });

  it("with the SMTP server down, messages wait and go out once when it is back", async () => {
    const { user, base } = await readyC4();
    await smtp.down();
    await sendStepForReview({ ...base, actor: user, expectedVersion: 1 });
    let clock = new Date();
    expect(await dispatch({ now: () => clock })).toMatchObject({ sent: 0, retried: 1 });
    // not yet due again: nothing is tried
    expect(await dispatch({ now: () => clock })).toMatchObject({ sent: 0, retried: 0 });
    const waiting = await t.prisma.outboxMessage.findFirstOrThrow({});
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(waiting.lastError).toBeTruthy();
    await smtp.up();
    clock = new Date(waiting.nextAttemptAt.getTime() + 1);
    expect(await dispatch({ now: () => clock })).toMatchObject({ sent: 1 });
    expect(await dispatch({ now: () => new Date(clock.getTime() + 3_600_000) })).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it("gives up after the limit and marks the message FAILED (temporary errors each time)", async () => {
    const { user, base } = await readyC4();
    await sendStepForReview({ ...base, actor: user, expectedVersion: 1 });
    smtp.failNext(100);
    let clock = Date.now();
    for (let i = 0; i < 10; i++) {
      await dispatch({ now: () => new Date(clock) });
      clock += 24 * 3_600_000;
    }
    smtp.failNext(0);
    const row = await t.prisma.outboxMessage.findFirstOrThrow({});
    expect(row).toMatchObject({ status: "FAILED", attempts: 8 });
    expect(smtp.received).toHaveLength(0);
  });

  it("a dispatcher that dies between send and mark: the message goes out again after the lease, with the same Message-ID (at most twice)", async () => {
    const { user, base } = await readyC4();
    await sendStepForReview({ ...base, actor: user, expectedVersion: 1 });
    await expect(dispatch({ beforeMark: () => { throw new Error("killed"); } })).rejects.toThrow("killed");
    expect(smtp.received).toHaveLength(1);
    // the restarted process within the lease: nothing is sent twice at once
    expect(await dispatch()).toMatchObject({ sent: 0 });
    // after the lease, it is sent again and marked
    expect(await dispatch({ now: () => new Date(Date.now() + 3 * 60_000) })).toMatchObject({ sent: 1 });
    expect(await dispatch({ now: () => new Date(Date.now() + 60 * 60_000) })).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received[1].messageId).toBe(smtp.received[0].messageId);
  });

  it("two dispatchers at once send each message once", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    const people = await Promise.all(Array.from({ length: 30 }, (_, i) => seedUser(t.prisma, { name: `Person ${i}` })));
    await t.prisma.$transaction((tx) => notify(tx, { kind: "memberAdded", recipients: people.map((p) => p.id), params: { institution: institution.name }, link: `/institutions/${institution.id}` }));
    expect(user).toBeTruthy();
    // on PostgreSQL, a second client: a second app instance with its own connections
    const second = kind === "postgresql" ? createPrismaClient({ databaseUrl: TEST_DATABASE_URL, pgliteDir: "" }) : t.prisma;
    try {
      const [a, b] = await Promise.all([dispatch({ batch: 3 }), dispatchOutbox({ db: second, from: "Ajour <ajour@test.example>", batch: 3 })]);
      expect(a.sent + b.sent).toBe(30);
      if (kind === "postgresql") expect(Math.min(a.sent, b.sent)).toBeGreaterThan(0);
    } finally {
      if (second !== t.prisma) await second.$disconnect();
    }
    const ids = smtp.received.map((m) => m.messageId);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
  });

  it("without SMTP_URL notifications are in-app only and nothing fails", async () => {
    const { user, bits, base } = await readyC4();
    delete process.env.SMTP_URL;
    await sendStepForReview({ ...base, actor: user, expectedVersion: 1 });
    expect(await unreadCount(t.prisma, bits.id)).toBe(1);
    expect(await t.prisma.outboxMessage.count()).toBe(0);
    expect(await dispatchOutbox({ db: t.prisma })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await runScheduled({ db: t.prisma, now: new Date("2026-11-30T09:00:00Z") })).toBeTruthy();
  });

  it("due-date reminders and the daily digest run once per day, even with two schedulers at once", async () => {
    await t.prisma.schedulerRun.deleteMany({});
    await t.prisma.notification.updateMany({ where: { digestedAt: null }, data: { digestedAt: new Date() } });
    const { institution, user } = await institutionWithMember(t.prisma, { name: "Frist Pensjon" });
    const bits = await coordinator(t.prisma, "Dag Digest");
    await t.prisma.user.update({ where: { id: user.id }, data: { locale: "en" } });
    // 2026-12-02 07:30 Oslo: C-4 due in 3 days (12-05), A-6 due yesterday (12-01)
    await setStates(t.prisma, institution.id, { "C-4": { status: "IN_PROGRESS", dueDate: "2026-12-05" }, "A-6": { status: "IN_PROGRESS", dueDate: "2026-12-01" } });
    const now = new Date("2026-12-02T06:30:00Z");
    const second = kind === "postgresql" ? createPrismaClient({ databaseUrl: TEST_DATABASE_URL, pgliteDir: "" }) : t.prisma;
    try {
      const [a, b] = await Promise.all([runScheduled({ db: t.prisma, now, only: ["due-reminders", "daily-digest"] }), runScheduled({ db: second, now, only: ["due-reminders", "daily-digest"] })]);
      const ran = [a, b].filter((r) => r["due-reminders"] !== null);
      expect(ran).toHaveLength(1);
    } finally {
      if (second !== t.prisma) await second.$disconnect();
    }
    const mine = await t.prisma.notification.findMany({ where: { userId: user.id }, orderBy: { kind: "asc" } });
    expect(mine.map((n) => [n.kind, n.digest])).toEqual([["dueSoon", "DAILY"], ["overdue", "DAILY"]]);
    // Bits' copies: in the digest, not unread in the inbox
    expect(await unreadCount(t.prisma, bits.id)).toBe(0);
    await dispatch({ now: () => new Date("2026-12-02T07:00:00Z") });
    const toUser = smtp.received.filter((m) => m.to.includes(user.email));
    expect(toUser).toHaveLength(1);
    expect(toUser[0].subject).toBe("Ajour: 2 new notifications today");
    expect(toUser[0].text).toContain("is due 2026-12-05 (in 3 days)");
    expect(toUser[0].text).toContain(`${PUBLIC}/institutions/${institution.id}/steps/C-4`);
    expect(smtp.received.filter((m) => m.to.includes(bits.email))).toHaveLength(1);
    // the same day again (a restart): nothing new
    expect(await runScheduled({ db: t.prisma, now: new Date("2026-12-02T10:00:00Z"), only: ["due-reminders", "daily-digest"] })).toEqual({ "due-reminders": null, "daily-digest": null });
    // before 07:00 the next day the period is still the 2nd; after, the 3rd runs
    expect((await runScheduled({ db: t.prisma, now: new Date("2026-12-03T05:59:00Z"), only: ["daily-digest"] }))["daily-digest"]).toBeNull();
    expect((await runScheduled({ db: t.prisma, now: new Date("2026-12-03T06:01:00Z"), only: ["daily-digest"] }))["daily-digest"]).toBe(0);
  });

  it("certificate reminders at 90/60/30/7 days reach the owners and Bits; the weekly portfolio digest reaches coordinators on Monday", async () => {
    await t.prisma.schedulerRun.deleteMany({});
    const { institution, user } = await institutionWithMember(t.prisma, { name: "Sertifikat Pensjon" });
    const bits = await coordinator(t.prisma, "Siri Sertifikat");
    await t.prisma.institution.update({ where: { id: institution.id }, data: { responsibleCoordinatorId: bits.id } });
    await setStates(t.prisma, institution.id, { "A-2": { status: "DONE", evidence: { certificates: [{ environment: "production", provider: "Buypass", expiresOn: "2027-01-06" }, { environment: "test", provider: "Buypass", expiresOn: "2027-01-07" }] } } });
    const monday = new Date("2026-12-07T07:30:00Z"); // Monday 08:30 Oslo: 30 days before 2027-01-06
    await runScheduled({ db: t.prisma, now: monday, only: ["certificate-reminders", "portfolio-digest"] });
    const certs = await t.prisma.notification.findMany({ where: { kind: "certificateExpiring", institutionId: institution.id } });
    expect(certs.map((n) => n.userId).sort()).toEqual([user.id, bits.id].sort());
    await dispatch({ now: () => new Date("2026-12-07T08:00:00Z") });
    const portfolio = smtp.received.find((m) => m.to.includes(bits.email) && m.subject === "Ajour: ukeoversikt over porteføljen");
    expect(portfolio?.text).toContain("Ingen aktivitet på 14 dager");
    expect(smtp.received.find((m) => m.to.includes(user.email))?.subject).toContain("Virksomhetssertifikatet (production) for Sertifikat Pensjon utløper 2027-01-06 (om 30 dager)");
  });

  it("preferences: bad input changes nothing; a saved daily choice moves comments into the digest", async () => {
    const { user, base, institution } = await readyC4();
    await expect(savePreferences({ db: t.prisma, user: { id: user.id, role: "INSTITUTION_USER" }, locale: "nb", modes: { COMMENT: "HOURLY" } })).rejects.toMatchObject({ code: "INVALID" });
    await expect(savePreferences({ db: t.prisma, user: { id: user.id, role: "INSTITUTION_USER" }, locale: "nb", modes: { PORTFOLIO: "WEEKLY" } })).rejects.toMatchObject({ code: "INVALID" });
    expect(await t.prisma.notificationPreference.count({ where: { userId: user.id } })).toBe(0);
    await savePreferences({ db: t.prisma, user: { id: user.id, role: "INSTITUTION_USER" }, locale: "en", modes: { COMMENT: "DAILY" } });
    const colleague = await member(t.prisma, institution.id, "Kim Kommentar");
    await sendStepForReview({ ...base, actor: user, expectedVersion: 1 });
    await addStepComment({ ...base, actor: colleague, body: "Ser bra ut" });
    const n = await t.prisma.notification.findFirstOrThrow({ where: { userId: user.id, kind: "comment" } });
    expect(n.digest).toBe("DAILY");
    expect(await t.prisma.outboxMessage.count({ where: { toEmail: user.email } })).toBe(0);
  });
});
