// One CSV record as a reusable view over bytes (fast path) or over unquoted strings (quoted
// records). Callers read fields without allocating until they need text.
import { monthIndexOrNeg } from "./months";

/** One record, valid only during the callback (the object is reused). Fields are trimmed. */
export interface CsvRow {
  readonly line: number; // 1-based line where the record starts
  readonly count: number;
  text(i: number): string; // "" when the field is missing
  isEmpty(i: number): boolean;
  is(i: number, ascii: string): boolean;
  month(i: number): number; // month index (year*12 + month-1), or -1 when malformed or empty
  digits9(i: number): number; // value of a field of exactly 9 digits, or -1
}

/** Fields of one complete record given as text (quoted fields unquoted). */
export function splitCsvRecord(text: string): string[] {
  if (text.indexOf('"') < 0) return text.split(",");
  const fields: string[] = [];
  let field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') { field += '"'; i++; }
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") { fields.push(field); field = ""; }
    else field += c;
  }
  fields.push(field);
  return fields;
}

const decoder = new TextDecoder();
export const MAX_FIELDS = 64;

/** Mutable record view, filled by CsvByteReader. */
export class Row implements CsvRow {
  line = 0;
  count = 0;
  bytes: Uint8Array<ArrayBufferLike> = new Uint8Array(0);
  readonly starts = new Int32Array(MAX_FIELDS);
  readonly ends = new Int32Array(MAX_FIELDS);
  strings: string[] | null = null; // set for quoted records (slow path)

  text(i: number): string {
    if (this.strings) return (this.strings[i] ?? "").trim();
    if (i >= this.count) return "";
    const b = this.bytes, s = this.starts[i], e = this.ends[i];
    if (e - s <= 32) { // short ASCII fields (org numbers, months, most references) skip the decoder
      let out = "";
      for (let k = s; k < e; k++) { if (b[k] > 127) return decoder.decode(b.subarray(s, e)); out += String.fromCharCode(b[k]); }
      return out;
    }
    return decoder.decode(b.subarray(s, e));
  }
  isEmpty(i: number): boolean {
    return this.strings ? this.text(i) === "" : i >= this.count || this.starts[i] === this.ends[i];
  }
  is(i: number, ascii: string): boolean {
    if (this.strings) return this.text(i) === ascii;
    if (i >= this.count || this.ends[i] - this.starts[i] !== ascii.length) return false;
    for (let k = 0, s = this.starts[i]; k < ascii.length; k++) if (this.bytes[s + k] !== ascii.charCodeAt(k)) return false;
    return true;
  }
  month(i: number): number {
    if (this.strings) return monthIndexOrNeg(this.text(i));
    return i < this.count ? monthOfBytes(this.bytes, this.starts[i], this.ends[i]) : -1;
  }
  digits9(i: number): number {
    if (this.strings) { const t = this.text(i); return /^\d{9}$/.test(t) ? Number(t) : -1; }
    if (i >= this.count || this.ends[i] - this.starts[i] !== 9) return -1;
    let n = 0;
    for (let k = this.starts[i]; k < this.ends[i]; k++) {
      const d = this.bytes[k] - 48;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return n;
  }
}

/** `YYYY-MM` in bytes [s, e); same rules as months.ts monthIndexOrNeg. */
function monthOfBytes(b: Uint8Array, s: number, e: number): number {
  if (e - s !== 7 || b[s + 4] !== 45) return -1;
  let y = 0;
  for (let k = s; k < s + 4; k++) { const d = b[k] - 48; if (d < 0 || d > 9) return -1; y = y * 10 + d; }
  const m1 = b[s + 5] - 48, m2 = b[s + 6] - 48;
  if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9) return -1;
  const m = m1 * 10 + m2;
  return m < 1 || m > 12 ? -1 : y * 12 + m - 1;
}

