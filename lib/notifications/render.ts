// The words of notifications and e-mails (issue 14), in the recipient's language. Pure: reads the
// same message files as the app (messages/<locale>/notifications.json), fills "{name}"
// placeholders, and writes plain text plus simple HTML.
import nb from "../../messages/nb/notifications.json";
import en from "../../messages/en/notifications.json";
import { findStep, getCatalogue } from "../onboarding";
import type { TCategory } from "./categories";

export type TLocale = "nb" | "en";
export const toLocale = (v: unknown): TLocale => (v === "en" ? "en" : "nb");

export const KINDS = [
  "reviewSent", "reviewApproved", "reviewReturned", "comment", "mention", "dueSoon", "overdue",
  "certificateExpiring", "invitationAccepted", "memberAdded", "memberRemoved", "reminder",
] as const;
export type TKind = (typeof KINDS)[number];

/** The category each kind belongs to (its e-mail preference). */
export const KIND_CATEGORY: Record<TKind, TCategory> = {
  reviewSent: "REVIEW",
  reviewApproved: "REVIEW",
  reviewReturned: "REVIEW",
  comment: "COMMENT",
  mention: "MENTION",
  dueSoon: "DUE",
  overdue: "DUE",
  certificateExpiring: "CERTIFICATE",
  invitationAccepted: "MEMBERSHIP",
  memberAdded: "MEMBERSHIP",
  memberRemoved: "MEMBERSHIP",
  // a coordinator's reminder of open work: with the due dates (issue 15's bulk action)
  reminder: "DUE",
};

export type TParams = Record<string, string | number>;

const MESSAGES = { nb, en } as const;
type TMessages = typeof nb;

export function messagesOf(locale: TLocale): TMessages {
  return MESSAGES[locale];
}

/** "{a} did {b}" with the params filled in; a missing param stays visible as "{name}". */
export function fill(template: string, params: TParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** The params in the reader's language: `stepKey` (+ `catalogueVersion`) becomes `step`, "C-4 Title". */
export function localParams(locale: TLocale, params: TParams): TParams {
  if (typeof params.stepKey !== "string") return params;
  const version = Number(params.catalogueVersion) || undefined;
  const step = findStep(params.stepKey, getCatalogue(version));
  return { ...params, step: step ? `${params.stepKey} ${step.title[locale]}` : params.stepKey };
}

/** One notification as a sentence. */
export function sentence(locale: TLocale, kind: string, params: TParams): string {
  const template = (messagesOf(locale).kinds as Record<string, string>)[kind];
  return template ? fill(template, localParams(locale, params)) : kind;
}

/** A comment's first line, shortened for a notice. */
export function excerpt(body: string, max = 140): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export interface TEmail {
  subject: string;
  text: string;
  html: string;
}

/** An absolute link on the public URL ("https://ajour.example.no" + "/institutions/x"). */
export function absolute(publicUrl: string, path: string): string {
  return new URL(path, publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`).toString();
}

export interface TFrame {
  locale: TLocale;
  name: string;
  category: TCategory;
  publicUrl: string;
  unsubscribeUrl: string;
}

export function framedEmail(f: TFrame, subject: string, body: { text: string[]; html: string[] }): TEmail {
  const m = messagesOf(f.locale).email;
  const category = messagesOf(f.locale).categories[f.category];
  const preferences = absolute(f.publicUrl, "/account/notifications");
  const unsubscribe = fill(m.unsubscribe, { category });
  const text = [fill(m.greeting, { name: f.name }), "", ...body.text, "", "-- ", m.footer, `${unsubscribe}: ${f.unsubscribeUrl}`, `${m.preferences}: ${preferences}`, ""].join("\n");
  const html = [
    `<!doctype html><html lang="${f.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family:sans-serif;line-height:1.5;max-width:40em">`,
    `<p>${escapeHtml(fill(m.greeting, { name: f.name }))}</p>`,
    ...body.html,
    `<hr><p style="font-size:0.9em;color:#555">${escapeHtml(m.footer)}<br>`,
    `<a href="${escapeHtml(f.unsubscribeUrl)}">${escapeHtml(unsubscribe)}</a> · <a href="${escapeHtml(preferences)}">${escapeHtml(m.preferences)}</a></p>`,
    `</body></html>`,
  ].join("\n");
  return { subject, text, html };
}

/** The e-mail of one notification sent immediately. */
export function notificationEmail(f: TFrame & { kind: string; params: TParams; link: string }): TEmail {
  const line = sentence(f.locale, f.kind, f.params);
  const url = absolute(f.publicUrl, f.link);
  const open = messagesOf(f.locale).email.open;
  const subject = `Ajour: ${excerpt(line, 120)}`;
  return framedEmail(f, subject, {
    text: [line, "", `${open}: ${url}`],
    html: [`<p>${escapeHtml(line)}</p>`, `<p><a href="${escapeHtml(url)}">${escapeHtml(open)}</a></p>`],
  });
}

export interface TDigestItem {
  kind: string;
  params: TParams;
  link: string;
}

/** A daily or weekly digest of several notifications, oldest first. */
export function digestEmail(f: TFrame & { period: "DAILY" | "WEEKLY"; items: TDigestItem[] }): TEmail {
  const m = messagesOf(f.locale).email;
  const subject = fill(f.period === "DAILY" ? m.dailySubject : m.weeklySubject, { count: f.items.length });
  const lines = f.items.map((i) => ({ line: sentence(f.locale, i.kind, i.params), url: absolute(f.publicUrl, i.link) }));
  return framedEmail(f, subject, {
    text: [m.digestIntro, "", ...lines.map((l) => `- ${l.line}\n  ${l.url}`)],
    html: [`<p>${escapeHtml(m.digestIntro)}</p>`, "<ul>", ...lines.map((l) => `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.line)}</a></li>`), "</ul>"],
  });
}
