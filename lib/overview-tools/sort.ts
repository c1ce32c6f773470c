// Pure: the overview's sortable columns. The sort lives in the URL (`sort` and `dir`), so a header
// is a plain link that works without JavaScript; a second click on the same header flips the
// direction. Each key compares in ascending order of its value; `DEFAULT_DIR` is the direction a
// first click gives (most days without activity and most warnings first).
export const SORT_KEYS = ["name", "phase", "progress", "activity", "warnings", "target", "coordinator"] as const;
export type TSortKey = (typeof SORT_KEYS)[number];
export const SORT_DIRS = ["asc", "desc"] as const;
export type TSortDir = (typeof SORT_DIRS)[number];

export const DEFAULT_DIR: Readonly<Record<TSortKey, TSortDir>> = {
  name: "asc",
  phase: "asc",
  progress: "asc",
  activity: "desc",
  warnings: "desc",
  target: "asc",
  coordinator: "asc",
};

/** The overview table's columns in order, with the sort key each header sets (null: not sortable). */
export const OVERVIEW_COLUMN_SORTS = [
  ["institution", "name"],
  ["coordinator", "coordinator"],
  ["phase", "phase"],
  ["progress", "progress"],
  ["next", null],
  ["activity", "activity"],
  ["warnings", "warnings"],
  ["target", "target"],
] as const satisfies readonly (readonly [string, TSortKey | null])[];
export type TOverviewColumn = (typeof OVERVIEW_COLUMN_SORTS)[number][0];

export const effectiveDir = (sort: TSortKey, dir: TSortDir | undefined): TSortDir => dir ?? DEFAULT_DIR[sort];

/** What aria-sort says on a column header: only the sorted column carries it. */
export function ariaSort(current: { sort: TSortKey; dir?: TSortDir }, key: TSortKey | null): "ascending" | "descending" | undefined {
  if (key === null || current.sort !== key) return undefined;
  return effectiveDir(current.sort, current.dir) === "asc" ? "ascending" : "descending";
}

/** The direction a click on `key`'s header asks for: the other one on the sorted column, else the key's default. */
export function nextDir(current: { sort: TSortKey; dir?: TSortDir }, key: TSortKey): TSortDir {
  if (current.sort !== key) return DEFAULT_DIR[key];
  return effectiveDir(current.sort, current.dir) === "asc" ? "desc" : "asc";
}

/**
 * The URL of a header link: the page's query with `sort` and `dir` set and the page number
 * dropped (a new order starts at page 1). A default direction is left out of the URL.
 */
export function sortHref(path: string, query: Readonly<Record<string, string>>, current: { sort: TSortKey; dir?: TSortDir }, key: TSortKey): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (k !== "sort" && k !== "dir" && k !== "page" && v !== "") params.set(k, v);
  params.set("sort", key);
  const dir = nextDir(current, key);
  if (dir !== DEFAULT_DIR[key]) params.set("dir", dir);
  return `${path}?${params}`;
}

/** Orders `rows` by `compare` (ascending) in direction `dir`; ties keep the tie-breaker's ascending order. */
export function sortBy<T>(rows: T[], compare: (a: T, b: T) => number, dir: TSortDir, tieBreak: (a: T, b: T) => number): T[] {
  const sign = dir === "asc" ? 1 : -1;
  return rows.sort((a, b) => sign * compare(a, b) || tieBreak(a, b));
}
