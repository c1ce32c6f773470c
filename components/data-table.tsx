import type { ReactNode } from "react";

/**
 * The app's table: a caption for screen readers, a header row of column names, the body rows,
 * all in a box that scrolls sideways on a narrow screen. The box is `relative` so that the
 * screen-reader-only text inside it stays inside it instead of widening the page
 * (e2e/home/narrow-screen.spec.ts). Usable from server and client components.
 */
export function DataTable({ caption, columns, className, children }: {
  caption: string;
  columns: readonly string[];
  /** Extra classes for the <table> (e.g. `data-table`, which pads every cell by CSS). */
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className="relative overflow-x-auto">
      <table className={`w-full border-collapse bg-white text-left text-sm shadow-sm ${className ?? ""}`}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>{columns.map((c) => <th key={c} scope="col" className="px-3 py-2">{c}</th>)}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
