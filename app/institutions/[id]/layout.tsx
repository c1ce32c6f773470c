import type { ReactNode } from "react";
import { SupplierBanner } from "@/components/institutions/supplier-banner";
import { currentSupplierContext } from "@/lib/server/institutions/current-supplier-context";

// Every institution page of a supplier's staff member says which institution they act for.
// The pages check access themselves; the banner shows only an institution the user is a member of.
export default async function InstitutionLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const supplier = await currentSupplierContext();
  return (
    <>
      {supplier && <SupplierBanner supplier={supplier} institutionId={id} />}
      {children}
    </>
  );
}
