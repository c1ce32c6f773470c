// Pure: the institution facts that decide which checklist steps apply (applicability.ts reads
// BLP membership and whether there is a supplier; the org number is who the checklist is for).
// Only coordinators change them; an owner asks for a change (issue 13).
export const CHECKLIST_FACTS = ["orgnr", "blpMember", "supplierOrgnr", "supplierName"] as const;
export type TChecklistFact = (typeof CHECKLIST_FACTS)[number];
export type TChecklistFacts = { orgnr: string; blpMember: boolean; supplierOrgnr: string | null; supplierName: string | null };

const norm = (v: unknown) => (v === undefined || v === "" ? null : v);

/** The facts whose value differs between `before` and `after` (blank and null are alike). */
export function changedChecklistFacts(before: TChecklistFacts, after: TChecklistFacts): TChecklistFact[] {
  return CHECKLIST_FACTS.filter((k) => norm(before[k]) !== norm(after[k]));
}

/** Only the changed facts of `after`: what a change request proposes. */
export function proposedFacts(before: TChecklistFacts, after: TChecklistFacts): Partial<TChecklistFacts> {
  return Object.fromEntries(changedChecklistFacts(before, after).map((k) => [k, norm(after[k])])) as Partial<TChecklistFacts>;
}
