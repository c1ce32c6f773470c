import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <section aria-labelledby="nf-title" className="space-y-3">
      <h1 id="nf-title" className="ds-heading" data-size="lg">{t("notFoundTitle")}</h1>
      <p>{t("notFoundText")}</p>
      <Link href="/" className="ds-link">{t("home")}</Link>
    </section>
  );
}
