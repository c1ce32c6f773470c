// Designsystemet's Pagination as plain links (server-rendered, so paging works without
// JavaScript): previous, the page numbers with gaps, next; each link keeps the current query
// (the filters). The current page has aria-current="page". The markup follows the library's
// pagination CSS (`ds-pagination`, buttons in list items, the first and last item the arrows).
import { pageItems } from "@/lib/format/pagination";

export function PageNav(props: {
  page: number;
  pages: number;
  query: Record<string, string>;
  labels: { nav: string; previous: string; next: string; position: (page: number) => string };
}) {
  const { page, pages } = props;
  const link = (p: number) => `?${new URLSearchParams({ ...props.query, page: String(p) })}`;
  const arrow = (to: number, label: string, show: boolean) =>
    show ? (
      <a href={link(to)} className="ds-button" data-variant="tertiary" rel={to < page ? "prev" : "next"}>
        <span className="app-pagination-label">{label}</span>
      </a>
    ) : (
      <span className="ds-button" data-variant="tertiary" aria-hidden="true">
        <span className="app-pagination-label">{label}</span>
      </span>
    );
  return (
    <nav aria-label={props.labels.nav} className="ds-pagination app-pagination" data-size="sm">
      <ul>
        <li>{arrow(page - 1, props.labels.previous, page > 1)}</li>
        {pageItems(page, pages).map((p, i) => (
          <li key={p === "gap" ? `gap-${i}` : p}>
            {p === "gap" ? (
              <span aria-hidden="true">…</span>
            ) : (
              <a
                href={link(p)}
                className="ds-button"
                data-variant={p === page ? "primary" : "tertiary"}
                aria-current={p === page ? "page" : undefined}
                aria-label={props.labels.position(p)}
              >
                {p}
              </a>
            )}
          </li>
        ))}
        <li>{arrow(page + 1, props.labels.next, page < pages)}</li>
      </ul>
    </nav>
  );
}
