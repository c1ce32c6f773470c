import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Heading, Paragraph } from "@/components/ds";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <section aria-labelledby="nf-title" className="ds-card max-w-2xl space-y-3">
      <Heading level={1} data-size="md" id="nf-title">{t("notFoundTitle")}</Heading>
      <Paragraph>{t("notFoundText")}</Paragraph>
      <Link href="/" className="ds-link">{t("home")}</Link>
    </section>
  );
}
