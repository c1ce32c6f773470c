// `@name` mentions in a comment (issue 14). Pure. Names contain spaces ("Kari Koordinator"), so a
// mention is "@" followed by one of the candidates' names (longest first, case-insensitive),
// ending at the end of the text or at a character that cannot continue a name.

export interface TMentionCandidate {
  id: string;
  name: string;
}

const NAME_CHAR = /[\p{L}\p{N}_-]/u;

/** The ids of the candidates named in `body`, once each, in the order first mentioned (everyone
 * of a name that several people share). */
export function findMentions(body: string, candidates: TMentionCandidate[]): string[] {
  const named = candidates.filter((c) => c.name.trim().length > 0).sort((a, b) => b.name.length - a.name.length);
  const lower = body.toLocaleLowerCase("nb");
  const found: string[] = [];
  for (let at = lower.indexOf("@"); at !== -1; at = lower.indexOf("@", at + 1)) {
    // an e-mail address ("ola@firma.no") is no mention
    if (at > 0 && NAME_CHAR.test(body[at - 1])) continue;
    const rest = lower.slice(at + 1);
    const hit = named.find((c) => {
      const name = c.name.trim().toLocaleLowerCase("nb");
      if (!rest.startsWith(name)) return false;
      const after = rest[name.length];
      return after === undefined || !NAME_CHAR.test(after);
    });
    if (!hit) continue;
    // two people with the same name are both named: the comment cannot tell them apart
    const name = hit.name.trim().toLocaleLowerCase("nb");
    for (const c of named) if (c.name.trim().toLocaleLowerCase("nb") === name && !found.includes(c.id)) found.push(c.id);
  }
  return found;
}

/** The mention being typed at the caret ("@Kar" → "Kar"), or null: drives the autocomplete. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at === -1) return null;
  if (at > 0 && NAME_CHAR.test(before[at - 1])) return null;
  const query = before.slice(at + 1);
  // a mention is at most a few words and never spans lines
  if (query.length > 40 || /\n/.test(query) || /\s\s/.test(query)) return null;
  return { start: at, query };
}

/** Candidates whose name starts with, or has a word starting with, the query (at most `limit`). */
export function suggestMentions(query: string, candidates: TMentionCandidate[], limit = 6): TMentionCandidate[] {
  const q = query.trim().toLocaleLowerCase("nb");
  return candidates
    .filter((c) => {
      const n = c.name.toLocaleLowerCase("nb");
      return n.startsWith(q) || n.split(/\s+/).some((w) => w.startsWith(q));
    })
    .slice(0, limit);
}
