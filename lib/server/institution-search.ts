// The overview's institution search: the name contains the text (any case), or the org number
// starts with its digits. The activity feed, which matches org numbers anywhere, shares only the
// LIKE escaping.
import { Prisma } from "../generated/prisma/client";

/** An ILIKE/LIKE pattern for text containing `q`, with LIKE's wildcards in `q` taken literally. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** SQL condition on an "Institution" row aliased `alias`; TRUE when there is nothing to search. */
export function institutionSearchSql(alias: string, q: string | undefined): Prisma.Sql {
  const text = q?.trim();
  if (!text) return Prisma.sql`TRUE`;
  const col = (name: string) => Prisma.raw(`${alias}."${name}"`);
  const digits = text.replace(/\s+/g, "");
  const byName = Prisma.sql`${col("name")} ILIKE ${likePattern(text)}`;
  return /^\d+$/.test(digits) ? Prisma.sql`(${byName} OR ${col("orgnr")} LIKE ${`${digits}%`})` : byName;
}
