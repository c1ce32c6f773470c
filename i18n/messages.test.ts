import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NAMESPACES } from "./messages";

const dir = path.resolve(__dirname, "../messages");
const keys = (o: unknown, prefix = ""): string[] =>
  o && typeof o === "object"
    ? Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

describe("messages", () => {
  it("has the same keys in bokmål and English for every namespace", () => {
    for (const ns of ["common", ...NAMESPACES]) {
      const nb = JSON.parse(fs.readFileSync(path.join(dir, "nb", `${ns}.json`), "utf8"));
      const en = JSON.parse(fs.readFileSync(path.join(dir, "en", `${ns}.json`), "utf8"));
      expect(keys(en).sort(), ns).toEqual(keys(nb).sort());
    }
  });
  it("has a file for every namespace and no stray files", () => {
    for (const l of ["nb", "en"]) {
      expect(fs.readdirSync(path.join(dir, l)).sort()).toEqual(["common", ...NAMESPACES].map((n) => `${n}.json`).sort());
    }
  });
});
