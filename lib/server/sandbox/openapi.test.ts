import { describe, expect, it } from "vitest";
import { buildOpenApi } from "./openapi";

describe("sandbox OpenAPI document", () => {
  const doc = buildOpenApi();
  it("is OpenAPI 3.1 with the four API paths, the employer path, bearer auth and a relative server", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: "/api/sandbox" }]);
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/opplysningspliktig/{orgnr}/maaneder",
      "/tjenestepensjonsavtale/v1/{rettighetspakke}/avtaleforhold",
      "/tjenestepensjonsavtale/v1/{rettighetspakke}/avtaleforhold/gyldighet",
      "/tjenestepensjonsavtale/v1/{rettighetspakke}/avtaleforhold/virkningsperiode/gyldighet",
    ]);
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
  });
  it("derives the bodies from the zod schemas: strict, required fields, 4000-character reference", () => {
    const post = doc.components.schemas.AvtaleforholdPost as { additionalProperties: boolean; required: string[]; properties: Record<string, { maxLength?: number; pattern?: string }> };
    expect(post.additionalProperties).toBe(false);
    expect(post.required.sort()).toEqual(["avtalereferanse", "fraOgMed", "opplysningspliktig"]);
    expect(post.properties.avtalereferanse.maxLength).toBe(4000);
    expect(post.properties.fraOgMed.pattern).toBeTruthy();
    const q = doc.paths["/tjenestepensjonsavtale/v1/{rettighetspakke}/avtaleforhold/gyldighet"].get.parameters.map((p) => p.name);
    expect(q).toEqual(["rettighetspakke", "opplysningspliktig", "pensjonsinnretning", "fraOgMed", "tilOgMed"]);
    expect(JSON.stringify(doc)).not.toContain("$schema");
  });
});
