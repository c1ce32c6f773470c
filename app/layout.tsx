import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/app-header";
import { HydrationMark } from "@/components/hydration-mark";
import { ClientMessages } from "@/components/intl/client-messages";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Ajour", template: "%s · Ajour" },
  description: "Påkobling til Data for ajourhold av OTP i privat sektor",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("app");
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-slate-900"
        >
          {t("skipToContent")}
        </a>
        {/* app/error.tsx is the only client component every page may show */}
        <ClientMessages namespaces={["errors"]}>
          <AppHeader />
          <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8">
            {children}
          </main>
          <footer className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600">{t("footer")}</footer>
        </ClientMessages>
        <HydrationMark />
      </body>
    </html>
  );
}
