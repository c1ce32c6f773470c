// The inbox (issue 14): a person's own notifications, unread count, mark read. Every query is
// scoped to the signed-in person's id, so no one reads or marks another's notifications.
import { sentence, toLocale } from "../../notifications/render";
import type { PrismaClient } from "../prisma-client";

const PAGE = 50;

/** Unread notifications for the header's bell (one indexed count). */
export async function unreadCount(db: PrismaClient, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export async function listNotifications(opts: { db: PrismaClient; userId: string; show: "unread" | "all"; locale: string }) {
  const rows = await opts.db.notification.findMany({
    where: { userId: opts.userId, ...(opts.show === "unread" ? { readAt: null } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE,
    select: { id: true, kind: true, params: true, link: true, createdAt: true, readAt: true, category: true },
  });
  const locale = toLocale(opts.locale);
  return rows.map((r) => ({
    id: r.id,
    category: r.category,
    text: sentence(locale, r.kind, (r.params ?? {}) as Record<string, string | number>),
    link: r.link,
    createdAt: r.createdAt.toISOString(),
    read: r.readAt !== null,
  }));
}

/** Marks one of the person's notifications read; another person's id changes nothing. */
export async function markRead(opts: { db: PrismaClient; userId: string; id: string }): Promise<boolean> {
  const { count } = await opts.db.notification.updateMany({ where: { id: opts.id, userId: opts.userId, readAt: null }, data: { readAt: new Date() } });
  return count === 1;
}

export async function markAllRead(opts: { db: PrismaClient; userId: string }): Promise<number> {
  const { count } = await opts.db.notification.updateMany({ where: { userId: opts.userId, readAt: null }, data: { readAt: new Date() } });
  return count;
}
