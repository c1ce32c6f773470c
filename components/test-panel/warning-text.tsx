"use client";

import { useTranslations } from "next-intl";
import type { BulkWarning } from "@/lib/test-panel/bulk-warnings";

export function useDescribeWarning() {
  const t = useTranslations("testPanel.bulk.warning");
  return (w: BulkWarning) => (w.code === "GAP_17" ? t("GAP_17", { from: w.from, to: w.to, months: w.months }) : t(w.code));
}

export function WarningText({ warning }: { warning: BulkWarning }) {
  return <>{useDescribeWarning()(warning)}</>;
}
