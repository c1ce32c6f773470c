import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/actions/locale";
import { LOCALES } from "@/i18n/locales";
import { Button } from "@/components/ds";

/** One button per other language; a plain form, so it works without JavaScript too. */
export async function LanguageSwitch() {
  const t = await getTranslations("language");
  const current = await getLocale();
  return (
    <form action={setLocale} className="flex items-center gap-2" aria-label={t("label")}>
      {LOCALES.filter((l) => l !== current).map((l) => (
        <Button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          variant="secondary" data-size="sm"
          aria-label={t("switchTo", { language: t(l) })}
        >
          {t(l)}
        </Button>
      ))}
    </form>
  );
}
