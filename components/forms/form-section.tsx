// A group of form fields under a legend, on a Designsystemet Card: the step form's sections and
// each row of a repeated evidence list (certificates, test cases). The card carries the frame so
// the fieldset's legend sits inside it, not on a border line.
import type { ReactNode } from "react";
import { Card, Fieldset, FieldsetLegend } from "@/components/ds";

export function FormSection({ id, legend, children, variant = "default", size = "md", className, action }: {
  id?: string;
  legend: ReactNode;
  children: ReactNode;
  /** "tinted" for a row inside a section. */
  variant?: "default" | "tinted";
  /** The legend's size: "md" for a section, "sm" for a row. */
  size?: "sm" | "md";
  className?: string;
  /** A control at the section's top right (a row's remove button). */
  action?: ReactNode;
}) {
  return (
    <Card data-color="neutral" variant={variant} className={`relative ${className ?? ""}`}>
      {action && <div className="absolute right-2 top-2">{action}</div>}
      <Fieldset id={id} data-size={size === "sm" ? "sm" : undefined} className="app-form-section">
        <FieldsetLegend className={size === "md" ? "text-lg" : undefined}>{legend}</FieldsetLegend>
        {children}
      </Fieldset>
    </Card>
  );
}
