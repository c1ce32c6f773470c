import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./language-switch";

export async function AppHeader() {
  const t = await getTranslations("app");
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div>
          <Link href="/" className="text-xl font-bold underline-offset-4 hover:underline">
            {t("name")}
          </Link>
          <p className="text-sm text-white/85">{t("tagline")}</p>
        </div>
        <LanguageSwitch />
      </div>
    </header>
  );
}
