import type { TExportLabels } from "./tables";

/** A translator over the `checklist` messages (next-intl's, from the route or a test). */
export type TChecklistTranslate = (key: string, values?: Record<string, string>) => string;

/** The export's words in one language, from the `checklist` messages. */
export function exportLabels(locale: "nb" | "en", t: TChecklistTranslate): TExportLabels {
  return {
    locale,
    column: (key) => t(`export.columns.${key}`),
    status: (s) => t(`status.${s}`),
    phase: (p) => t(`overview.phases.${p}`),
    // the supplier by name, as on the overview; a supplier without a name counts as the institution's side
    waitingOn: (w, supplierName) => (w === "SUPPLIER" && !supplierName ? t("waitingOn.INSTITUTION") : t(`waitingOn.${w}`, { name: supplierName ?? "" })),
    performer: (p) => t(`export.performer.${p}`),
    yes: t("export.yes"),
    no: t("export.no"),
  };
}
