import type { getTranslations } from "next-intl/server";
import type { TCertificateWarning } from "@/lib/onboarding";

type ChecklistTranslator = Awaited<ReturnType<typeof getTranslations<"checklist">>>;

/** "Produksjonssertifikatet utløper om 40 dager": the same words on the overview, the institution page and A-2. */
export function certificateWarningText(t: ChecklistTranslator, w: Pick<TCertificateWarning, "environment" | "daysLeft" | "expired">): string {
  const environment = w.environment ?? "other";
  return w.expired ? t("certificates.expired", { environment }) : t("certificates.expires", { environment, days: w.daysLeft });
}
