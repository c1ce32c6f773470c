import fs from "node:fs";
import path from "node:path";

/** Every route of the app, read from the file system: "/institutions/[id]" for app/institutions/[id]/page.tsx. */
export function appRoutes(appDir = path.resolve("app")): { route: string; kind: "page" | "handler" }[] {
  const found: { route: string; kind: "page" | "handler" }[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        // route groups "(x)" and private folders "_x" do not appear in the URL
        if (entry.name.startsWith("_")) continue;
        const seg = /^\(.*\)$/.test(entry.name) ? [] : [entry.name];
        walk(path.join(dir, entry.name), [...segments, ...seg]);
      } else if (/^page\.(tsx|ts|jsx|js)$/.test(entry.name)) {
        found.push({ route: "/" + segments.join("/"), kind: "page" });
      } else if (/^route\.(tsx|ts|js)$/.test(entry.name)) {
        found.push({ route: "/" + segments.join("/"), kind: "handler" });
      }
    }
  };
  walk(appDir, []);
  return found.sort((a, b) => a.route.localeCompare(b.route));
}

/** Server actions from the production build's manifest: id, source file and exported name. */
export function serverActions(): { id: string; filename: string; exportedName: string }[] {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8"));
  return Object.entries(manifest.node as Record<string, { filename: string; exportedName: string }>)
    .map(([id, v]) => ({ id, filename: v.filename, exportedName: v.exportedName }))
    .sort((a, b) => `${a.filename}#${a.exportedName}`.localeCompare(`${b.filename}#${b.exportedName}`));
}
