// One-click unsubscribe (issue 14), without signing in: the signed token in the link names one
// person and one category. The page asks once (a link opened by a mail scanner changes nothing);
// mail clients' one-click POST goes straight to /api/unsubscribe.
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Alert, Button } from "@/components/ds";
import { readToken } from "@/lib/server/notifications/preferences";

export const dynamic = "force-dynamic";

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string; done?: string }> }) {
  const t = await getTranslations("notifications");
  const sp = await searchParams;
  const read = readToken(sp.token ?? "");
  return (
    <section aria-labelledby="unsubscribe-title" className="max-w-2xl space-y-4">
      <PageHeader id="unsubscribe-title" title={t("unsubscribe.title")} />
      {!read ? (
        <Alert data-color="warning" role="alert">{t("unsubscribe.invalid")}</Alert>
      ) : sp.done ? (
        <Alert data-color="success" role="status">{t("unsubscribe.done", { category: t(`categories.${read.category}`) })}</Alert>
      ) : (
        <form method="post" action={`/api/unsubscribe?token=${encodeURIComponent(sp.token ?? "")}`} className="space-y-4">
          <p>{t("unsubscribe.confirm", { category: t(`categories.${read.category}`) })}</p>
          <input type="hidden" name="from" value="page" />
          <Button type="submit">{t("unsubscribe.button")}</Button>
        </form>
      )}
    </section>
  );
}
