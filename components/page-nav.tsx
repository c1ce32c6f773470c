/** Previous / "page N of M" / next, keeping the current query (filters) in the links. */
export function PageNav(props: {
  page: number;
  pages: number;
  query: Record<string, string>;
  labels: { nav: string; previous: string; next: string; position: string };
}) {
  const link = (p: number) => `?${new URLSearchParams({ ...props.query, page: String(p) })}`;
  return (
    <nav aria-label={props.labels.nav} className="flex items-center gap-4">
      {props.page > 1 && <a href={link(props.page - 1)} className="ds-link">{props.labels.previous}</a>}
      <span>{props.labels.position}</span>
      {props.page < props.pages && <a href={link(props.page + 1)} className="ds-link">{props.labels.next}</a>}
    </nav>
  );
}
