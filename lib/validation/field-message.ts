// Which message a refused field shows. Schemas give message keys of a problem ("errors.required",
// "errors.orgnr.wrong-length"); a form's namespace may hold a sentence for that problem in that
// field ("fields.<field>.<problem>": "Skriv navnet på pensjonsinnretningen."), else the
// problem's own sentence, and only for a key it does not know the generic "invalid". Pure, so the
// forms and the test that no field falls back to the generic message use the same choice.

/** The key (relative to a form's errors namespace) of the message for `key` on `field`. */
export function fieldMessageKey(has: (key: string) => boolean, key: string, field?: string): string {
  const problem = key.replace(/^errors\./, "");
  if (field) {
    const own = `fields.${field}.${problem}`;
    if (has(own)) return own;
  }
  return has(problem) ? problem : "invalid";
}

/** Looks a dotted key up in a messages object (the JSON of one namespace). */
export function messageAt(messages: unknown, key: string): string | undefined {
  const value = key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
  return typeof value === "string" ? value : undefined;
}
