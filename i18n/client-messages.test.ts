// Every page sends the browser only the message namespaces its client components read
// (components/intl/client-messages.tsx). This walks each page's imports: the namespaces that
// client-side code passes to useTranslations must be inside a <ClientMessages namespaces={…}>
// of the page, of the components it renders, or of the root layout.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages, pickMessages } from "./messages";

const root = path.resolve(__dirname, "..");

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, path.join(base, "index.tsx"), path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const sources = new Map<string, string>();
const read = (file: string) => sources.get(file) ?? sources.set(file, fs.readFileSync(file, "utf8")).get(file)!;
const importsOf = (file: string) =>
  [...read(file).matchAll(/(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']/g)].flatMap((m) => resolveImport(file, m[1]) ?? []);
const isClientModule = (file: string) => /^\s*["']use client["']/.test(read(file));

/** Namespaces read by client-side code reachable from `entry`, and namespaces provided along the way. */
function analyse(entry: string) {
  const needed = new Map<string, string>(); // namespace -> a file that reads it
  const provided = new Set<string>();
  const unscoped: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, client: boolean) => {
    const key = `${file}:${client}`;
    if (seen.has(key)) return;
    seen.add(key);
    const onClient = client || isClientModule(file);
    const text = read(file);
    if (onClient) {
      for (const m of text.matchAll(/useTranslations\(([^)]*)\)/g)) {
        const literal = /^\s*"([^"]+)"\s*$/.exec(m[1]);
        // no namespace (every message) or a computed one (unknown to this walk): both refused
        if (literal) needed.set(literal[1], path.relative(root, file));
        else unscoped.push(`${path.relative(root, file)}: useTranslations(${m[1]})`);
      }
    } else {
      for (const m of text.matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g)) {
        for (const ns of m[1].matchAll(/"([^"]+)"/g)) provided.add(ns[1]);
      }
    }
    for (const dep of importsOf(file)) if (!dep.includes(`${path.sep}lib${path.sep}`)) visit(dep, onClient);
  };
  visit(entry, false);
  return { needed, provided, unscoped };
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const covered = (ns: string, provided: Set<string>) => [...provided].some((p) => ns === p || ns.startsWith(`${p}.`));

describe("client messages", () => {
  const layout = analyse(path.join(root, "app/layout.tsx"));
  const pages = walk(path.join(root, "app")).filter((f) => /[/\\](page|error|not-found)\.tsx$/.test(f));

  it.each(pages.map((p) => [path.relative(root, p), p]))("%s sends the namespaces its client components read", (_name, file) => {
    const page = analyse(file);
    const provided = new Set([...layout.provided, ...page.provided]);
    expect(page.unscoped, "useTranslations needs a literal namespace in client code").toEqual([]);
    const missing = [...page.needed].filter(([ns]) => !covered(ns, provided)).map(([ns, by]) => `${ns} (${by})`);
    expect(missing).toEqual([]);
  });

  it("finds client components that read messages (the walk is not vacuous)", () => {
    const step = analyse(path.join(root, "app/institutions/[id]/steps/[key]/page.tsx"));
    expect([...step.needed.keys()]).toContain("checklist.form");
  });

  it("names only namespaces that exist, in both languages", async () => {
    const all = new Set(pages.flatMap((p) => [...analyse(p).provided]).concat([...layout.provided]));
    for (const locale of ["nb", "en"] as const) {
      const messages = await loadMessages(locale);
      expect(() => pickMessages(messages, [...all])).not.toThrow();
    }
  });
});

describe("pickMessages", () => {
  const messages = { errors: { a: "A" }, checklist: { form: { save: "Lagre" }, status: { DONE: "Ferdig" } } };
  it("keeps the nesting of dotted namespaces and leaves the rest out", () => {
    expect(pickMessages(messages, ["checklist.form", "errors"])).toEqual({ errors: { a: "A" }, checklist: { form: { save: "Lagre" } } });
  });
  it("merges two namespaces under one parent", () => {
    expect(pickMessages(messages, ["checklist.form", "checklist.status"])).toEqual({ checklist: messages.checklist });
  });
  it("throws on an unknown namespace", () => {
    expect(() => pickMessages(messages, ["checklist.nope"])).toThrow(/Unknown message namespace: checklist.nope/);
  });
});
