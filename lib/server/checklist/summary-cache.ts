// The derived checklist of every institution (its overview row and its Bits-queue rows), cached
// in this process. Deriving them costs ~0.5 ms CPU per institution plus loading every step row,
// which made the overview of 500 institutions ~40x slower than a trivial request. An entry is
// keyed by the institution's checklistRevision (bumped by a database trigger on every step or
// comment write), its updatedAt (profile edits) and the day (overdue, stale and certificate
// warnings move with the date). The key is read before the data is loaded, so an entry's data is
// never older than its key: a change always misses the cache, whichever process made it.
import { LRUCache } from "lru-cache";
import { institutionSearchSql } from "../institution-search";
import type { PrismaClient } from "../prisma-client";
import { CHECKLIST_INSTITUTION_SELECT, toSource } from "./load-states";
import { bitsQueueRowsOf, type TBitsQueueRow } from "./bits-queue-rows";
import { overviewRow, type TOverviewRow } from "./overview-row";
import { summarize } from "./summarize";

export interface TInstitutionDigest {
  overview: TOverviewRow;
  bitsQueue: TBitsQueueRow[];
}

interface Entry { key: string; digest: TInstitutionDigest }

// Far above any real portfolio; bounds memory if institutions come and go in a long-lived process.
const cache = new LRUCache<string, Entry>({ max: 20_000 });

// Institutions derived since the process started: lets tests see what the cache spared.
let derivedCount = 0;

// Keeps each `IN (...)` list and result set of a cold load moderate.
const LOAD_CHUNK = 250;

// The last list per search and day: while no institution's key changed, the same array is
// returned without a lookup per institution, and the overview reuses its sorting (list-overview.ts).
const lastLists = new LRUCache<string, { keys: string; digests: TInstitutionDigest[] }>({ max: 100 });

/**
 * Digests of the institutions matching the search `q` (institution-search.ts; all without one),
 * ordered by name; derives only what changed. Every overview request reads every institution's
 * key, so they come as one string from one SQL query: Prisma's query building and row mapping
 * cost more than the query, and an unchanged string means an unchanged list.
 */
export async function institutionDigests(db: PrismaClient, q: string | undefined, today: string): Promise<TInstitutionDigest[]> {
  const [row] = await db.$queryRaw<{ keys: string | null }[]>`
    SELECT string_agg(i.id || ' ' || i."checklistRevision" || ':' || (extract(epoch FROM i."updatedAt") * 1000)::bigint, ',' ORDER BY i.name) AS keys
    FROM "Institution" i WHERE ${institutionSearchSql("i", q)}`;
  const keysText = row?.keys ?? "";
  const listKey = `${today}\n${q ?? ""}`;
  const last = lastLists.get(listKey);
  if (last?.keys === keysText) return last.digests;
  // cuid ids and "revision:epochMs" versions hold neither "," nor " "
  const keys = keysText ? keysText.split(",").map((pair) => ({ id: pair.slice(0, pair.indexOf(" ")), version: pair.slice(pair.indexOf(" ") + 1) })) : [];
  const wanted = new Map(keys.map((k) => [k.id, `${k.version}:${today}`]));
  const missing = keys.filter((k) => cache.get(k.id)?.key !== wanted.get(k.id)).map((k) => k.id);
  for (let i = 0; i < missing.length; i += LOAD_CHUNK) {
    const ids = missing.slice(i, i + LOAD_CHUNK);
    const [institutions, lastComments] = await Promise.all([
      db.institution.findMany({ where: { id: { in: ids } }, select: CHECKLIST_INSTITUTION_SELECT }),
      db.stepComment.groupBy({ by: ["institutionId"], where: { institutionId: { in: ids } }, _max: { createdAt: true } }),
    ]);
    const commentAt = new Map(lastComments.map((c) => [c.institutionId, c._max.createdAt]));
    for (const row of institutions) {
      const source = toSource(row);
      const summary = summarize(source, today);
      const digest = { overview: overviewRow(source, today, commentAt.get(row.id) ?? null, summary), bitsQueue: bitsQueueRowsOf(source, summary) };
      cache.set(row.id, { key: wanted.get(row.id)!, digest });
      derivedCount++;
    }
  }
  // An institution deleted between the two reads has no entry: leave it out.
  const digests = keys.flatMap((k) => {
    const entry = cache.get(k.id);
    return entry && entry.key === wanted.get(k.id) ? [entry.digest] : [];
  });
  // Only a complete list may be reused: its keys then describe exactly what it holds.
  if (digests.length === keys.length) lastLists.set(listKey, { keys: keysText, digests });
  return digests;
}

/** For tests: how many institution digests were derived (cache misses) so far. */
export const institutionDigestsDerived = (): number => derivedCount;
