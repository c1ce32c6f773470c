// The inbox (issue 14): the signed-in person's notifications, unread or all, each linking to what
// it is about, with "mark read" and "mark all read" (plain forms: they work without JavaScript).
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Button } from "@/components/ds";
import { requireActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { listNotifications } from "@/lib/server/notifications/inbox";
import { formatDateTime, toDateLocale } from "@/lib/format/dates";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ show?: string }> }) {
  const actor = await requireActor();
  const t = await getTranslations("notifications.inbox");
  const locale = await getLocale();
  const show = (await searchParams).show === "all" ? "all" : "unread";
  const items = await listNotifications({ db, userId: actor.id, show, locale });
  return (
    <section aria-labelledby="notifications-title" className="space-y-4">
      <PageHeader id="notifications-title" title={t("title")} intro={t("intro")}>
        <p><Link className="ds-link" href="/account/notifications">{t("preferencesLink")}</Link></p>
      </PageHeader>
      <nav aria-label={t("listLabel")} className="flex flex-wrap items-center gap-4">
        <Link className="ds-link" href="/notifications" aria-current={show === "unread" ? "page" : undefined}>{t("unread")}</Link>
        <Link className="ds-link" href="/notifications?show=all" aria-current={show === "all" ? "page" : undefined}>{t("all")}</Link>
        {show === "unread" && items.length > 0 && (
          <form action={markAllNotificationsReadAction}>
            <Button type="submit" variant="secondary" data-size="sm">{t("markAllRead")}</Button>
          </form>
        )}
      </nav>
      {items.length === 0 ? (
        <p role="status">{show === "unread" ? t("empty") : t("emptyAll")}</p>
      ) : (
        <ul className="space-y-2" aria-label={t("listLabel")} data-testid="notification-list">
          {items.map((n) => (
            <li key={n.id} className="app-notification rounded border p-3" data-read={n.read ? "true" : "false"} style={{ borderColor: "var(--ds-color-neutral-border-subtle)", background: n.read ? undefined : "var(--ds-color-neutral-background-default)" }}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0 flex-1 break-words">
                  <Link className="ds-link" href={n.link}>{n.text}</Link>
                  <div className="text-sm" style={{ color: "var(--ds-color-neutral-text-subtle)" }}>
                    {formatDateTime(n.createdAt, toDateLocale(locale))}
                    {n.read && <> · {t("read")}</>}
                  </div>
                </div>
                {!n.read && (
                  <form action={markNotificationReadAction}>
                    <input type="hidden" name="id" value={n.id} />
                    <input type="hidden" name="show" value={show} />
                    <Button type="submit" variant="tertiary" data-size="sm">{t("markRead")}</Button>
                  </form>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
