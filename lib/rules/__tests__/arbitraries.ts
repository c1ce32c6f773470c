// fast-check generators: months 2018..2027 around the 2020-01 / 2021-01 cuts, employer months
// with gaps of exactly 15/16/17 months, open-ended and overlapping agreements.
import fc from "fast-check";
import type { Agreement, PairInput } from "../types";

const LO = 2018 * 12, HI = 2027 * 12 + 11;
export const fmt = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
export const monthIdx = fc.integer({ min: LO, max: HI });
export const month = monthIdx.map(fmt);

/** Runs of reported months separated by gaps; gaps favour the 15/16/17 boundary. */
const gappedMonths = fc
  .record({
    start: fc.integer({ min: LO, max: 2023 * 12 }),
    parts: fc.array(
      fc.record({ run: fc.integer({ min: 1, max: 14 }), gap: fc.oneof(fc.constantFrom(15, 16, 17), fc.integer({ min: 1, max: 30 })) }),
      { maxLength: 5 },
    ),
  })
  .map(({ start, parts }) => {
    const out: string[] = [];
    let i = start;
    for (const { run, gap } of parts) {
      for (let k = 0; k < run && i <= HI; k++) out.push(fmt(i++));
      i += gap;
    }
    return out;
  });

export const employerMonths = fc.oneof(gappedMonths, fc.uniqueArray(month, { maxLength: 40 }));

export const agreement: fc.Arbitrary<Agreement> = fc
  .record({ fra: monthIdx, len: fc.option(fc.integer({ min: 0, max: 48 }), { nil: undefined }), ref: fc.string({ minLength: 1, maxLength: 8 }) })
  .map(({ fra, len, ref }) => (len === undefined
    ? { avtalereferanse: ref, fraOgMed: fmt(fra) }
    : { avtalereferanse: ref, fraOgMed: fmt(fra), tilOgMed: fmt(Math.min(fra + len, HI)) }));

const randomPair: fc.Arbitrary<PairInput> = fc.record({
  employerMonths,
  agreements: fc.array(agreement, { maxLength: 4 }),
});

/** Agreements that start near the employer's first report: the common real case, rich in AF months. */
const alignedPair: fc.Arbitrary<PairInput> = fc
  .tuple(gappedMonths, fc.integer({ min: -3, max: 3 }), fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }), fc.array(agreement, { maxLength: 2 }))
  .map(([ms, shift, len, more]) => {
    if (ms.length === 0) return { employerMonths: ms, agreements: more };
    const first = Number(ms[0].slice(0, 4)) * 12 + Number(ms[0].slice(5)) - 1 + shift;
    const main: Agreement = len === undefined
      ? { avtalereferanse: "main", fraOgMed: fmt(first) }
      : { avtalereferanse: "main", fraOgMed: fmt(first), tilOgMed: fmt(Math.min(first + len, HI)) };
    return { employerMonths: ms, agreements: [main, ...more] };
  });

export const pair: fc.Arbitrary<PairInput> = fc.oneof(randomPair, alignedPair);

/** A queried period 2017..2029 with fraOgMed ≤ tilOgMed. */
export const query = fc
  .tuple(fc.integer({ min: 2017 * 12, max: 2029 * 12 + 11 }), fc.integer({ min: 0, max: 40 }))
  .map(([a, len]) => ({ fra: fmt(a), til: fmt(Math.min(a + len, 2029 * 12 + 11)) }));

/** A pair with a query that two times in three starts near one of its own employer months, so gyldig:true answers are common. */
export const pairWithQuery = pair.chain((p) => {
  const idx = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5)) - 1;
  if (p.employerMonths.length === 0) return fc.tuple(fc.constant(p), query);
  const near = fc
    .tuple(fc.constantFrom(...p.employerMonths), fc.integer({ min: -1, max: 1 }), fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 18 })))
    .map(([m, d, len]) => ({ fra: fmt(idx(m) + d), til: fmt(idx(m) + d + len) }));
  return fc.tuple(fc.constant(p), fc.oneof(query, near, near));
});
