import type { ReactNode } from "react";
import { Table, TableBody, TableHead, TableHeaderCell, TableRow } from "@/components/ds";

/**
 * The app's table (Designsystemet's Table): a caption for screen readers, a header row of
 * column names, the body rows, all in a box that scrolls sideways on a narrow screen. The box is
 * `relative` so that the screen-reader-only text inside it stays inside it instead of widening
 * the page (e2e/home/narrow-screen.spec.ts). Rows may be plain <tr>/<td> (lean for long tables):
 * Designsystemet styles the cells of its table by CSS. Usable from server and client components
 * (named parts, never `Table.Head`, which is undefined across the client boundary).
 */
export function DataTable({ caption, columns, head, className, children }: {
  caption: string;
  columns: readonly string[];
  /** The header row's cells instead of plain `columns` (sortable headers, a select-all box). */
  head?: ReactNode;
  /** Extra classes for the <table>. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className="relative overflow-x-auto">
      <Table data-size="sm" className={`bg-white text-left text-sm [--dsc-table-vertical-align:top] ${className ?? ""}`}>
        <caption className="sr-only">{caption}</caption>
        <TableHead>
          <TableRow>{head ?? columns.map((c) => <TableHeaderCell key={c} scope="col">{c}</TableHeaderCell>)}</TableRow>
        </TableHead>
        <TableBody>{children}</TableBody>
      </Table>
    </div>
  );
}
