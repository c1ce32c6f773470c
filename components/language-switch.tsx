import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/actions/locale";
import { LOCALES } from "@/i18n/locales";

/** One button per other language; a plain form, so it works without JavaScript too. */
export async function LanguageSwitch() {
  const t = await getTranslations("language");
  const current = await getLocale();
  return (
    <form action={setLocale} className="flex items-center gap-2" aria-label={t("label")}>
      {LOCALES.filter((l) => l !== current).map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          className="rounded border border-white/70 px-3 py-1 text-sm hover:bg-white/10"
          aria-label={t("switchTo", { language: t(l) })}
        >
          {t(l)}
        </button>
      ))}
    </form>
  );
}
