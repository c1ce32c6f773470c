// E-mail preferences per category and the language of e-mails (issue 14). A plain form posting
// to a server action: it works before hydration and without JavaScript.
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Alert, Button, Field, Label, Select } from "@/components/ds";
import { requireActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { getPreferences } from "@/lib/server/notifications/preferences";
import { mailEnabled } from "@/lib/server/notifications/config";
import { saveNotificationPreferencesAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function NotificationPreferencesPage({ searchParams }: { searchParams: Promise<{ saved?: string; error?: string }> }) {
  const actor = await requireActor();
  const t = await getTranslations("notifications");
  const prefs = await getPreferences(db, { id: actor.id, role: actor.role });
  const sp = await searchParams;
  return (
    <section aria-labelledby="preferences-title" className="max-w-2xl space-y-4">
      <PageHeader id="preferences-title" title={t("preferences.title")} intro={t("preferences.intro")} />
      {sp.saved && <Alert data-color="success" role="status">{t("preferences.saved")}</Alert>}
      {sp.error && <Alert data-color="danger" role="alert">{t("preferences.invalid")}</Alert>}
      {!mailEnabled() && <Alert data-color="info">{t("preferences.noMail")}</Alert>}
      <form action={saveNotificationPreferencesAction} className="space-y-4" data-testid="notification-preferences">
        {prefs.modes.map((m) => (
          <Field key={m.category}>
            <Label htmlFor={`pref-${m.category}`}>{t(`categories.${m.category}`)}</Label>
            <Select id={`pref-${m.category}`} name={m.category} defaultValue={m.mode}>
              {m.options.map((o) => <option key={o} value={o}>{t(`modes.${o}`)}</option>)}
            </Select>
          </Field>
        ))}
        <Field>
          <Label htmlFor="pref-locale">{t("preferences.language")}</Label>
          <Select id="pref-locale" name="locale" defaultValue={prefs.locale}>
            <option value="nb">{t("preferences.languages.nb")}</option>
            <option value="en">{t("preferences.languages.en")}</option>
          </Select>
        </Field>
        <Button type="submit">{t("preferences.save")}</Button>
      </form>
    </section>
  );
}
