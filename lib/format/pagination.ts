// Which page numbers a pagination shows: at most `show` items, always the first and the last
// page, the current page in the middle where possible, and a gap ("…") where pages are left out.
// Pure (no Next, no React); the same shape as Designsystemet's own pagination.

export type TPageItem = number | "gap";

export function pageItems(current: number, total: number, show = 7): TPageItem[] {
  if (total <= 0) return [];
  const page = Math.min(Math.max(1, current), total);
  if (total <= show) return Array.from({ length: total }, (_, i) => i + 1);
  const half = (show - 1) / 2;
  const start = Math.max(Math.min(page - Math.floor(half), total - show + 1), 1);
  const end = Math.min(Math.max(page + Math.ceil(half), show), total);
  const items: TPageItem[] = Array.from({ length: end + 1 - start }, (_, i) => i + start);
  if (start > 1) items.splice(0, 2, 1, "gap");
  if (end < total) items.splice(-2, 2, "gap", total);
  return items;
}
