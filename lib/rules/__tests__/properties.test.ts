import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { avtaleforhold, avtaleforholdGyldighet, compile, virkningsperiode, virkningsperiodeGyldighet } from "../index";
import { agreement, fmt, month, pair, pairWithQuery, query } from "./arbitraries";
import { ALL_MONTHS, refAvtaleforhold, refAvtaleforholdGyldighet, refVirkningsperiode, refVirkningsperiodeGyldighet } from "./reference";

const RUNS = { numRuns: 2000 };
const idx = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5)) - 1;
const isSortedUnique = (xs: string[]) => xs.every((x, i) => i === 0 || xs[i - 1] < x);

describe("engine = simple reference (fast-check)", () => {
  it("avtaleforhold and virkningsperiode equal the reference", () => {
    fc.assert(fc.property(pair, (p) => {
      expect(avtaleforhold(p)).toEqual(refAvtaleforhold(p));
      expect(virkningsperiode(p)).toEqual(refVirkningsperiode(p));
    }), RUNS);
  });

  it("both gyldighet bodies equal the reference", () => {
    fc.assert(fc.property(pairWithQuery, ([p, { fra, til }]) => {
      expect(avtaleforholdGyldighet(p, fra, til)).toEqual(refAvtaleforholdGyldighet(p, fra, til));
      expect(virkningsperiodeGyldighet(p, fra, til)).toEqual(refVirkningsperiodeGyldighet(p, fra, til));
    }), RUNS);
  });

  it("compile(input) agrees with the plain functions, also across repeated calls", () => {
    fc.assert(fc.property(pair, fc.array(query, { minLength: 1, maxLength: 5 }), (p, qs) => {
      const c = compile(p);
      expect(c.avtaleforhold()).toEqual(avtaleforhold(p));
      expect(c.virkningsperiode()).toEqual(virkningsperiode(p));
      for (const { fra, til } of qs) {
        expect(c.avtaleforholdGyldighet(fra, til)).toEqual(avtaleforholdGyldighet(p, fra, til));
        expect(c.virkningsperiodeGyldighet(fra, til)).toEqual(virkningsperiodeGyldighet(p, fra, til));
      }
    }), RUNS);
  });
});

describe("invariants (fast-check)", () => {
  it("AF ⊆ employer months, inside some agreement, ≥ 2021-01; AF ⊆ VP; VP ≥ 2020-01; sorted", () => {
    fc.assert(fc.property(pair, (p) => {
      const af = avtaleforhold(p), vp = virkningsperiode(p);
      expect(isSortedUnique(af) && isSortedUnique(vp)).toBe(true);
      for (const m of af) {
        expect(p.employerMonths).toContain(m);
        expect(p.agreements.some((a) => a.fraOgMed <= m && (!a.tilOgMed || m <= a.tilOgMed))).toBe(true);
        expect(m >= "2021-01").toBe(true);
        expect(vp).toContain(m);
      }
      for (const m of vp) expect(m >= "2020-01").toBe(true);
      // every VP month lies within [m-15, m+1] of an AF month
      for (const v of vp) expect(af.some((m) => idx(m) - 15 <= idx(v) && idx(v) <= idx(m) + 1)).toBe(true);
    }), RUNS);
  });

  it("adding an agreement or an employer month never removes a month", () => {
    fc.assert(fc.property(pair, agreement, month, (p, a, m) => {
      const af = avtaleforhold(p), vp = virkningsperiode(p);
      for (const more of [{ ...p, agreements: [...p.agreements, a] }, { ...p, employerMonths: [...p.employerMonths, m] }]) {
        const af2 = new Set(avtaleforhold(more)), vp2 = new Set(virkningsperiode(more));
        expect(af.every((x) => af2.has(x))).toBe(true);
        expect(vp.every((x) => vp2.has(x))).toBe(true);
      }
    }), RUNS);
  });

  it("gyldighet lists = queried range minus the set; gyldig iff empty and then no list key", () => {
    fc.assert(fc.property(pairWithQuery, ([p, { fra, til }]) => {
      const range = ALL_MONTHS.filter((m) => m >= fra && m <= til);
      const af = new Set(avtaleforhold(p)), vp = new Set(virkningsperiode(p));
      const b1 = avtaleforholdGyldighet(p, fra, til), b2 = virkningsperiodeGyldighet(p, fra, til);
      const miss1 = range.filter((m) => !af.has(m)), miss2 = range.filter((m) => !vp.has(m));
      expect(b1.gyldig).toBe(miss1.length === 0);
      expect(b2.gyldig).toBe(miss2.length === 0);
      expect(b1.maanederUtenGyldigAvtaleforhold?.maaned ?? []).toEqual(miss1);
      expect(b2.maanederUtenforGyldigVirkningsperiode?.maaned ?? []).toEqual(miss2);
      if (b1.gyldig) expect("maanederUtenGyldigAvtaleforhold" in b1).toBe(false);
      if (b2.gyldig) expect("maanederUtenforGyldigVirkningsperiode" in b2).toBe(false);
    }), RUNS);
  });

  it("an employer gap of ≤ 16 months keeps VP unbroken, 17 leaves exactly one hole", () => {
    fc.assert(fc.property(fc.integer({ min: 2021 * 12, max: 2025 * 12 }), fc.integer({ min: 1, max: 17 }), (start, gap) => {
      const p = { employerMonths: [fmt(start), fmt(start + gap + 1)], agreements: [{ avtalereferanse: "a", fraOgMed: fmt(start) }] };
      const res = compile(p).virkningsperiodeGyldighet(fmt(start), fmt(start + gap + 1));
      expect(res).toEqual(gap <= 16 ? { gyldig: true }
        : { gyldig: false, maanederUtenforGyldigVirkningsperiode: { maaned: [fmt(start + 2)] } });
    }), RUNS);
  });
});
