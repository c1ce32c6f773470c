// Pure: a saved view's query string. What a person saves is the overview's filters and sort,
// normalised: only the overview's own parameters, in one order, without empty values, defaults
// or the page number. Two URLs that show the same view then store (and compare as) one string.
import { DEFAULT_DIR, SORT_DIRS, SORT_KEYS, type TSortDir, type TSortKey } from "./sort";

export const VIEW_PARAMS = ["q", "phase", "owner", "waitingOnBits", "overdue", "thirdParty", "stale", "sort", "dir"] as const;
const FLAGS = new Set(["waitingOnBits", "overdue", "thirdParty", "stale"]);
const PHASES = new Set(["A", "B", "C", "D", "DONE"]);
/** Longer than any real view (the search text is at most 200 characters). */
export const MAX_VIEW_QUERY = 1000;

const truthy = (v: string) => v === "on" || v === "true" || v === "1";

/** The normalised query (no leading "?") of `input`: a query string, with or without "?", or its parameters. */
export function normalizeViewQuery(input: string | Readonly<Record<string, string | undefined>>): string {
  const source = typeof input === "string" ? new URLSearchParams(input.replace(/^\?/, "")) : null;
  const read = (k: string): string => ((source ? source.get(k) : (input as Record<string, string | undefined>)[k]) ?? "").trim();
  const out = new URLSearchParams();
  const sort = (SORT_KEYS as readonly string[]).includes(read("sort")) ? (read("sort") as TSortKey) : "name";
  for (const key of VIEW_PARAMS) {
    const v = read(key);
    if (!v) continue;
    if (FLAGS.has(key)) {
      if (truthy(v)) out.set(key, "on");
    } else if (key === "phase") {
      if (PHASES.has(v)) out.set(key, v);
    } else if (key === "sort") {
      if (sort !== "name") out.set(key, sort);
    } else if (key === "dir") {
      if ((SORT_DIRS as readonly string[]).includes(v) && v !== DEFAULT_DIR[sort]) out.set(key, v as TSortDir);
    } else {
      out.set(key, v);
    }
  }
  return out.toString();
}

/** Is the page's current query the saved view's? */
export const sameView = (a: string | Readonly<Record<string, string | undefined>>, b: string) => normalizeViewQuery(a) === normalizeViewQuery(b);
