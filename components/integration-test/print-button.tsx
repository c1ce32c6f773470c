"use client";
// Prints the report page (hidden in the print itself).
import { Button } from "@/components/ds";

export function PrintButton({ label }: { label: string }) {
  return <Button type="button" variant="secondary" data-size="sm" className="print:hidden" onClick={() => window.print()}>{label}</Button>;
}
