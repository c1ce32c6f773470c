// Bits' weekly portfolio digest (issue 14): new in production, overdue, waiting on Bits with
// age, institutions with no activity for 14 days. Pure: the server passes the rows.
import { absolute, escapeHtml as esc, fill, framedEmail, messagesOf, type TEmail, type TFrame, type TLocale } from "./render";

export interface TPortfolioInput {
  newInProduction: { institution: string; link: string }[];
  overdue: { institution: string; step: string; due: string; link: string }[];
  waitingOnBits: { institution: string; step: string; days: number; link: string }[];
  inactive: { institution: string; link: string }[];
}

/** The sections as lines (heading, then items), shared by the text and HTML versions. */
export function portfolioSections(locale: TLocale, input: TPortfolioInput, publicUrl: string) {
  const m = messagesOf(locale).email;
  const byAge = [...input.waitingOnBits].sort((a, b) => b.days - a.days);
  return [
    { title: m.newInProduction, items: input.newInProduction.map((r) => ({ line: r.institution, url: absolute(publicUrl, r.link) })) },
    { title: m.overdue, items: input.overdue.map((r) => ({ line: fill(m.overdueItem, r), url: absolute(publicUrl, r.link) })) },
    { title: m.waitingOnBits, items: byAge.map((r) => ({ line: fill(m.waitingAge, r), url: absolute(publicUrl, r.link) })) },
    { title: m.inactive, items: input.inactive.map((r) => ({ line: r.institution, url: absolute(publicUrl, r.link) })) },
  ];
}

export function portfolioBody(locale: TLocale, input: TPortfolioInput, publicUrl: string, date: string): { subject: string; text: string[]; html: string[] } {
  const m = messagesOf(locale).email;
  const sections = portfolioSections(locale, input, publicUrl);
  const text = [fill(m.portfolioIntro, { date }), ""];
  const html = [`<p>${esc(fill(m.portfolioIntro, { date }))}</p>`];
  for (const s of sections) {
    text.push(`${s.title} (${s.items.length})`, ...(s.items.length ? s.items.map((i) => `- ${i.line}\n  ${i.url}`) : [`  ${m.none}`]), "");
    html.push(`<h2 style="font-size:1.1em">${esc(s.title)} (${s.items.length})</h2>`);
    html.push(s.items.length ? `<ul>${s.items.map((i) => `<li><a href="${esc(i.url)}">${esc(i.line)}</a></li>`).join("")}</ul>` : `<p>${esc(m.none)}</p>`);
  }
  return { subject: m.portfolioSubject, text, html };
}

/** The whole e-mail, in the recipient's frame (greeting, unsubscribe from PORTFOLIO). */
export function portfolioEmail(f: TFrame & { input: TPortfolioInput; date: string }): TEmail {
  const body = portfolioBody(f.locale, f.input, f.publicUrl, f.date);
  return framedEmail(f, body.subject, body);
}
