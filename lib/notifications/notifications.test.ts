import { describe, expect, it } from "vitest";
import { afterFailure, backoffMs, MAX_ATTEMPTS } from "./backoff";
import { categoriesFor, defaultMode, delivery, effectiveMode, modesFor } from "./categories";
import { findMentions, mentionQueryAt, suggestMentions } from "./mentions";
import { certificateRecipients, commentRecipients, dueRecipients, reviewDecidedRecipients, reviewSentRecipients } from "./recipients";
import { digestEmail, excerpt, fill, notificationEmail, sentence } from "./render";
import { portfolioEmail } from "./portfolio";
import { dailyPeriod, weeklyPeriod } from "./schedule";
import { readUnsubscribeToken, unsubscribeToken } from "./unsubscribe-token";

describe("categories and defaults", () => {
  it("reviews, comments and mentions immediately; due dates daily; Bits' portfolio weekly", () => {
    expect(defaultMode("REVIEW", "INSTITUTION_USER")).toBe("IMMEDIATE");
    expect(defaultMode("COMMENT", "COORDINATOR")).toBe("IMMEDIATE");
    expect(defaultMode("MENTION", "COORDINATOR")).toBe("IMMEDIATE");
    expect(defaultMode("DUE", "INSTITUTION_USER")).toBe("DAILY");
    expect(defaultMode("PORTFOLIO", "COORDINATOR")).toBe("WEEKLY");
    expect(defaultMode("PORTFOLIO", "INSTITUTION_USER")).toBe("OFF");
    expect(categoriesFor("INSTITUTION_USER")).not.toContain("PORTFOLIO");
    expect(categoriesFor("ADMIN")).toContain("PORTFOLIO");
    expect(modesFor("PORTFOLIO")).toEqual(["WEEKLY", "OFF"]);
  });
  it("a stored choice wins unless it is not one the category offers", () => {
    expect(effectiveMode("COMMENT", "COORDINATOR", { COMMENT: "OFF" })).toBe("OFF");
    expect(effectiveMode("COMMENT", "COORDINATOR", { COMMENT: "HOURLY" })).toBe("IMMEDIATE");
    expect(effectiveMode("PORTFOLIO", "COORDINATOR", { PORTFOLIO: "DAILY" })).toBe("WEEKLY");
  });
  it("digest-only copies never go out immediately", () => {
    expect(delivery("IMMEDIATE")).toEqual({ email: "NOW" });
    expect(delivery("IMMEDIATE", { digestOnly: true })).toEqual({ email: "DAILY" });
    expect(delivery("WEEKLY", { digestOnly: true })).toEqual({ email: "WEEKLY" });
    expect(delivery("OFF")).toEqual({ email: null });
  });
});

describe("mentions", () => {
  const people = [
    { id: "kari", name: "Kari Koordinator" },
    { id: "kari2", name: "Kari" },
    { id: "ola", name: "Ola Nordmann" },
  ];
  it("finds names with spaces, the longest first, once each, case-insensitively", () => {
    expect(findMentions("Hei @kari koordinator, og @Ola Nordmann. @Kari Koordinator igjen", people)).toEqual(["kari", "ola"]);
    expect(findMentions("@Kari, se her", people)).toEqual(["kari2"]);
  });
  it("ignores e-mail addresses and names that continue into another word", () => {
    expect(findMentions("skriv til ola@Ola Nordmann.no", people)).toEqual([]);
    expect(findMentions("@Olav er ikke Ola", people)).toEqual([]);
    expect(findMentions("ingen nevnt", people)).toEqual([]);
  });
  it("names everyone who shares a name", () => {
    expect(findMentions("@Per Hansen", [{ id: "a", name: "Per Hansen" }, { id: "b", name: "per hansen" }])).toEqual(["a", "b"]);
  });
  it("the autocomplete reads the query at the caret and suggests by any word of the name", () => {
    expect(mentionQueryAt("Hei @Kar", 8)).toEqual({ start: 4, query: "Kar" });
    expect(mentionQueryAt("ola@firma", 9)).toBeNull();
    expect(suggestMentions("nord", people).map((p) => p.id)).toEqual(["ola"]);
    expect(suggestMentions("k", people).map((p) => p.id)).toEqual(["kari", "kari2"]);
  });
});

describe("who gets what", () => {
  it("a review sent goes to the responsible coordinator where known, else all, never the sender", () => {
    expect(reviewSentRecipients({ responsibleCoordinatorId: "c1", coordinators: ["c1", "c2"], actorId: "m" })).toEqual(["c1"]);
    expect(reviewSentRecipients({ responsibleCoordinatorId: null, coordinators: ["c1", "c2"], actorId: "m" })).toEqual(["c1", "c2"]);
  });
  it("a decision goes to the members who worked on the step and the owners", () => {
    expect(reviewDecidedRecipients({ workedOnStep: ["m1", "c1", "x"], members: ["m1", "m2", "o1"], owners: ["o1"], actorId: "c1" })).toEqual(["m1", "o1"]);
  });
  it("a comment goes to participants; the mentioned get a mention instead, and only if they may see the step", () => {
    expect(commentRecipients({ participants: ["a", "b", "me"], mentioned: ["b", "c", "stranger"], mentionable: ["a", "b", "c"], actorId: "me" })).toEqual({ comment: ["a"], mention: ["b", "c"] });
  });
  it("due dates go to those responsible (else all members); Bits get a digest copy", () => {
    expect(dueRecipients({ workedOnStep: ["m1", "c1"], members: ["m1", "m2"], responsibleCoordinatorId: null, coordinators: ["c1"] })).toEqual({ members: ["m1"], bitsDigest: ["c1"] });
    expect(dueRecipients({ workedOnStep: [], members: ["m1", "m2"], responsibleCoordinatorId: "c2", coordinators: ["c1", "c2"] })).toEqual({ members: ["m1", "m2"], bitsDigest: ["c2"] });
  });
  it("an expiring certificate goes to owners and Bits", () => {
    expect(certificateRecipients({ owners: ["o1"], responsibleCoordinatorId: null, coordinators: ["c1", "c2"] })).toEqual(["o1", "c1", "c2"]);
  });
});

describe("retries", () => {
  it("backs off longer after each failure and gives up at the limit", () => {
    const waits = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => backoffMs(i + 1));
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(waits[0]).toBe(30_000);
    const now = new Date("2026-12-01T00:00:00Z");
    expect(afterFailure(1, now)).toEqual({ status: "PENDING", retryAt: new Date(now.getTime() + 30_000) });
    expect(afterFailure(MAX_ATTEMPTS, now)).toEqual({ status: "FAILED" });
  });
});

describe("schedule (Oslo time)", () => {
  it("the daily period starts at 07:00 Oslo, also across daylight saving", () => {
    expect(dailyPeriod(new Date("2026-12-02T05:59:00Z"))).toBe("2026-12-01"); // 06:59 Oslo (winter)
    expect(dailyPeriod(new Date("2026-12-02T06:00:00Z"))).toBe("2026-12-02");
    expect(dailyPeriod(new Date("2026-06-02T04:59:00Z"))).toBe("2026-06-01"); // 06:59 Oslo (summer)
    expect(dailyPeriod(new Date("2026-06-02T05:00:00Z"))).toBe("2026-06-02");
  });
  it("the weekly period is the latest Monday 08:00 Oslo", () => {
    expect(weeklyPeriod(new Date("2026-12-07T06:59:00Z"))).toBe("2026-11-30"); // Monday 07:59
    expect(weeklyPeriod(new Date("2026-12-07T07:00:00Z"))).toBe("2026-12-07"); // Monday 08:00
    expect(weeklyPeriod(new Date("2026-12-13T22:00:00Z"))).toBe("2026-12-07"); // Sunday 23:00
  });
});

describe("unsubscribe tokens", () => {
  it("name one person and one category and need the secret", () => {
    const token = unsubscribeToken("s".repeat(32), "user-1", "COMMENT");
    expect(readUnsubscribeToken("s".repeat(32), token)).toEqual({ userId: "user-1", category: "COMMENT" });
    expect(readUnsubscribeToken("t".repeat(32), token)).toBeNull();
    const [payload, mac] = token.split(".");
    const forged = Buffer.from(JSON.stringify(["user-2", "COMMENT"])).toString("base64url");
    expect(readUnsubscribeToken("s".repeat(32), `${forged}.${mac}`)).toBeNull();
    expect(readUnsubscribeToken("s".repeat(32), payload)).toBeNull();
    expect(readUnsubscribeToken("s".repeat(32), "")).toBeNull();
  });
});

describe("words", () => {
  it("fills placeholders and puts the step's title in the reader's language", () => {
    expect(fill("{a} og {b}", { a: 1 })).toBe("1 og {b}");
    expect(sentence("nb", "reviewSent", { actor: "Ivar", institution: "Pensjon AS", stepKey: "C-4" })).toMatch(/^Ivar sendte C-4 .+ for Pensjon AS til Bits$/);
    expect(sentence("en", "memberRemoved", { institution: "Pensjon AS" })).toBe("You were removed from Pensjon AS");
    expect(excerpt("a\n\nb ".repeat(100), 10)).toHaveLength(10);
  });
  const frame = { name: "Kari <K>", category: "COMMENT" as const, publicUrl: "https://ajour.example.no", unsubscribeUrl: "https://ajour.example.no/unsubscribe?token=x" };
  it("an e-mail has plain text and escaped HTML, absolute links and the unsubscribe link", () => {
    const mail = notificationEmail({ ...frame, locale: "en", kind: "comment", params: { actor: "Ola", institution: "P&P", stepKey: "A-1", excerpt: "<b>hei</b>" }, link: "/institutions/i/steps/A-1" });
    expect(mail.subject.startsWith("Ajour: Ola commented on A-1")).toBe(true);
    expect(mail.text).toContain("Hello Kari <K>,");
    expect(mail.text).toContain("https://ajour.example.no/institutions/i/steps/A-1");
    expect(mail.html).toContain("Hello Kari &lt;K&gt;,");
    expect(mail.html).toContain("&lt;b&gt;hei&lt;/b&gt;");
    expect(mail.html).toContain('href="https://ajour.example.no/unsubscribe?token=x"');
    expect(mail.html).toContain('lang="en"');
  });
  it("a digest lists its items; the portfolio digest has its four sections", () => {
    const digest = digestEmail({ ...frame, locale: "nb", period: "DAILY", items: [{ kind: "memberAdded", params: { institution: "A" }, link: "/institutions/a" }, { kind: "memberAdded", params: { institution: "B" }, link: "/institutions/b" }] });
    expect(digest.subject).toBe("Ajour: 2 nye varsler i dag");
    expect(digest.text).toContain("- Du er lagt til i B\n  https://ajour.example.no/institutions/b");
    const portfolio = portfolioEmail({ ...frame, category: "PORTFOLIO", locale: "en", date: "2026-12-07", input: { newInProduction: [], overdue: [{ institution: "A", step: "C-4", due: "2026-12-01", link: "/x" }], waitingOnBits: [{ institution: "B", step: "B-2", days: 3, link: "/y" }, { institution: "C", step: "C-7", days: 9, link: "/z" }], inactive: [] } });
    expect(portfolio.subject).toBe("Ajour: weekly portfolio overview");
    expect(portfolio.text.indexOf("C-7 for C, waiting 9 days")).toBeLessThan(portfolio.text.indexOf("B-2 for B, waiting 3 days"));
    expect(portfolio.text).toContain("New in production last week (0)\n  None.");
  });
});
