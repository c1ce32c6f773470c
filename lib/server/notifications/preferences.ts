// E-mail preferences and language per person (issue 14), and the one-click unsubscribe.
import { categoriesFor, effectiveMode, isCategory, isMode, modesFor, type TCategory, type TMode, type TRole } from "../../notifications/categories";
import { readUnsubscribeToken } from "../../notifications/unsubscribe-token";
import { AppError } from "../../errors/app-error";
import type { PrismaClient } from "../prisma-client";
import { signingSecret } from "./config";

export interface TPreferences {
  locale: "nb" | "en";
  modes: { category: TCategory; mode: TMode; options: TMode[] }[];
}

export async function getPreferences(db: PrismaClient, user: { id: string; role: TRole }): Promise<TPreferences> {
  const [row, stored] = await Promise.all([
    db.user.findUnique({ where: { id: user.id }, select: { locale: true } }),
    db.notificationPreference.findMany({ where: { userId: user.id } }),
  ]);
  const byCategory = Object.fromEntries(stored.map((p) => [p.category, p.mode]));
  return {
    locale: row?.locale === "en" ? "en" : "nb",
    modes: categoriesFor(user.role).map((category) => ({ category, mode: effectiveMode(category, user.role, byCategory), options: modesFor(category) })),
  };
}

/** Saves the person's language and modes. Bad input changes nothing (INVALID). */
export async function savePreferences(opts: { db: PrismaClient; user: { id: string; role: TRole }; locale: string; modes: Record<string, string> }): Promise<void> {
  const { db, user } = opts;
  if (opts.locale !== "nb" && opts.locale !== "en") throw new AppError("INVALID", "locale", { fieldErrors: { locale: ["errors.invalid"] } });
  const allowed = categoriesFor(user.role);
  const rows: { category: TCategory; mode: TMode }[] = [];
  for (const [category, mode] of Object.entries(opts.modes)) {
    if (!isCategory(category) || !allowed.includes(category) || !isMode(mode) || !modesFor(category).includes(mode)) {
      throw new AppError("INVALID", "mode", { fieldErrors: { [category]: ["errors.invalid"] } });
    }
    rows.push({ category, mode });
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { locale: opts.locale } });
    for (const r of rows) {
      await tx.notificationPreference.upsert({ where: { userId_category: { userId: user.id, category: r.category } }, create: { userId: user.id, ...r }, update: { mode: r.mode } });
    }
  });
}

/** The person and category of an unsubscribe token, or null when it is not valid. */
export function readToken(token: string) {
  return readUnsubscribeToken(signingSecret(), token);
}

/** One-click unsubscribe: turns off that one category for that one person; nothing else changes. */
export async function unsubscribe(db: PrismaClient, token: string): Promise<{ category: TCategory } | null> {
  const read = readToken(token);
  if (!read) return null;
  const user = await db.user.findUnique({ where: { id: read.userId }, select: { id: true } });
  if (!user) return null;
  await db.notificationPreference.upsert({
    where: { userId_category: { userId: read.userId, category: read.category } },
    create: { userId: read.userId, category: read.category, mode: "OFF" },
    update: { mode: "OFF" },
  });
  return { category: read.category };
}
