// Small building blocks of the portfolio pages: a section with a heading, a chart with its table
// (the table is the chart's text alternative and always present), and the "mine / all" switch.
import Link from "next/link";
import type { ReactNode } from "react";
import { Heading, Paragraph } from "@/components/ds";

export function PortfolioSection({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="ds-card min-w-0 space-y-3 p-4">
      <Heading level={2} data-size="sm" id={id}>{title}</Heading>
      {intro && <Paragraph data-size="sm">{intro}</Paragraph>}
      {children}
    </section>
  );
}

/** A chart and, under it, its numbers as a table (full width, so it rarely needs to scroll). */
export function ChartWithTable({ chart, table }: { chart: ReactNode; table: ReactNode }) {
  return (
    <div className="space-y-3">
      <div className="min-w-0 max-w-3xl">{chart}</div>
      <div className="min-w-0">{table}</div>
    </div>
  );
}

export function ScopeSwitch({ label, current, items }: { label: string; current: string; items: { value: string; label: string; href: string }[] }) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-4 text-sm">
      {items.map((i) => (
        <Link key={i.value} href={i.href} className="ds-link" aria-current={i.value === current ? "page" : undefined} style={i.value === current ? { fontWeight: 700 } : undefined}>
          {i.label}
        </Link>
      ))}
    </nav>
  );
}
