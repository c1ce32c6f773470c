// The header's bell (issue 14): a link to the inbox with the unread count. Server component: one
// indexed count per page; the count is in the link's accessible name, the badge is decoration.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BellIcon } from "@navikt/aksel-icons";
import { db } from "@/lib/server/db";
import { unreadCount } from "@/lib/server/notifications/inbox";

export async function NotificationBell({ userId }: { userId: string }) {
  const t = await getTranslations("notifications");
  const count = await unreadCount(db, userId);
  const label = count > 0 ? t("bellUnread", { count }) : t("bell");
  return (
    <Link href="/notifications" className="app-bell relative inline-flex items-center p-1" aria-label={label} title={label} data-testid="notification-bell" data-unread={count}>
      <BellIcon aria-hidden fontSize="1.6rem" />
      {count > 0 && (
        <span aria-hidden className="absolute -right-1 -top-1 min-w-5 rounded-full px-1 text-center text-xs font-semibold text-white" style={{ background: "var(--ds-color-danger-base-default)" }}>
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
