import type { Metadata } from "next";
import { SkipLink } from "@/components/ds";
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
    <html lang={locale} data-color-scheme="light" data-size="md">
      <body className="min-h-screen" style={{ background: "var(--ds-color-neutral-background-tinted)" }}>
        <SkipLink href="#main">{t("skipToContent")}</SkipLink>
        {/* app/error.tsx is the only client component every page may show */}
        <ClientMessages namespaces={["errors", "feedback"]}>
          <AppHeader />
          <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8">
            {children}
          </main>
          <footer className="mx-auto max-w-6xl px-4 py-6 text-sm" style={{ color: "var(--ds-color-neutral-text-subtle)" }}>{t("footer")}</footer>
        </ClientMessages>
        <HydrationMark />
      </body>
    </html>
  );
}
