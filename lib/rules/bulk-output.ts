// One result per employer of a bulk check, and its text line; shared by the CLI and the browser.
import type { CompiledPair } from "./engine";
import type { AvtaleforholdGyldighetBody, VirkningsperiodeGyldighetBody } from "./types";

export interface BulkResult {
  opplysningspliktig: string;
  avtaleforhold: string; // compact ranges, "" when empty
  virkningsperiode: string;
  avtaleforholdGyldighet?: AvtaleforholdGyldighetBody;
  virkningsperiodeGyldighet?: VirkningsperiodeGyldighetBody;
}

export function checkPair(op: string, pair: CompiledPair, range?: { from: string; to: string }): BulkResult {
  const r: BulkResult = { opplysningspliktig: op, avtaleforhold: pair.avtaleforholdRanges(), virkningsperiode: pair.virkningsperiodeRanges() };
  if (range) {
    r.avtaleforholdGyldighet = pair.avtaleforholdGyldighet(range.from, range.to);
    r.virkningsperiodeGyldighet = pair.virkningsperiodeGyldighet(range.from, range.to);
  }
  return r;
}

/** `974760673  AF: 2022-03..2022-05  VP: 2020-12..2022-06[  AF-gyldighet: {…}  VP-gyldighet: {…}]`; "-" for an empty set. */
export function formatResultLine(r: BulkResult): string {
  let s = `${r.opplysningspliktig}  AF: ${r.avtaleforhold || "-"}  VP: ${r.virkningsperiode || "-"}`;
  if (r.avtaleforholdGyldighet) s += `  AF-gyldighet: ${JSON.stringify(r.avtaleforholdGyldighet)}`;
  if (r.virkningsperiodeGyldighet) s += `  VP-gyldighet: ${JSON.stringify(r.virkningsperiodeGyldighet)}`;
  return s;
}
