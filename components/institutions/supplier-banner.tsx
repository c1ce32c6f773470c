// On every institution page of a supplier's staff member: which institution they act for now,
// their own company, and a switcher to the other institutions they act for.
import { getTranslations } from "next-intl/server";
import { Alert, Paragraph } from "@/components/ds";
import type { TSupplierContext } from "@/lib/server/institutions/get-supplier-context";
import { InstitutionSwitcher } from "./institution-switcher";

export async function SupplierBanner({ supplier, institutionId }: { supplier: TSupplierContext; institutionId: string }) {
  const t = await getTranslations("institution.supplier");
  const current = supplier.institutions.find((i) => i.id === institutionId);
  if (!current) return null;
  return (
    <section aria-label={t("banner", { name: current.name })} className="mb-6" data-testid="supplier-banner">
      <Alert data-color="info" data-size="sm" className="space-y-2">
        <Paragraph className="font-semibold">{t("banner", { name: current.name })}</Paragraph>
        <Paragraph data-size="sm">{t("employer", { company: supplier.name ?? supplier.orgnr })}</Paragraph>
        {supplier.institutions.length > 1 && (
          <InstitutionSwitcher currentId={institutionId} institutions={supplier.institutions} label={t("switchLabel")} currentLabel={t("current")} />
        )}
      </Alert>
    </section>
  );
}
