import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { XML_NS, avtaleforholdGyldighet, escapeXml, otpError, toXml, virkningsperiodeGyldighet } from "../index";

const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, parseTagValue: false, ignoreDeclaration: false });
/** Children of the root as [name, text] pairs, in document order. */
function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  const doc = parser.parse(xml) as Array<Record<string, unknown>>;
  const root = doc.find((n) => !("?xml" in n))!;
  const name = Object.keys(root).find((k) => k !== ":@")!;
  const ns = (root[":@"] as Record<string, string>)["@_xmlns"];
  const children = root[name] as Array<Record<string, Array<Record<string, unknown>>>>;
  return { name, ns, children };
}
const text = (node: Array<Record<string, unknown>>) => (node[0]?.["#text"] as string) ?? "";
const fig1 = {
  employerMonths: ["2022-03", "2022-04", "2022-05", "2022-09", "2022-10"],
  agreements: [{ avtalereferanse: "a", fraOgMed: "2022-03", tilOgMed: "2022-05" }, { avtalereferanse: "b", fraOgMed: "2022-09" }],
};

describe("toXml", () => {
  it("avtaleforholdGyldighet: namespace, gyldig before the list, maaned in order", () => {
    const { name, ns, children } = parse(toXml(avtaleforholdGyldighet(fig1, "2022-05", "2022-09"), "avtaleforhold"));
    expect(name).toBe("avtaleforholdGyldighet");
    expect(ns).toBe("urn:no:skatteetaten:datasamarbeid:tjenestepensjonsavtale:avtaleforholdgyldighet:v1");
    expect(children.map((c) => Object.keys(c)[0])).toEqual(["gyldig", "maanederUtenGyldigAvtaleforhold"]);
    expect(text(children[0].gyldig)).toBe("false");
    const list = children[1].maanederUtenGyldigAvtaleforhold as Array<Record<string, Array<Record<string, unknown>>>>;
    expect(list.map((m) => Object.keys(m)[0])).toEqual(["maaned", "maaned", "maaned"]);
    expect(list.map((m) => text(m.maaned))).toEqual(["2022-06", "2022-07", "2022-08"]);
  });

  it("virkningsperiodeGyldighet: its own namespace and list; gyldig true has no list", () => {
    const f = parse(toXml(virkningsperiodeGyldighet(fig1, "2022-06", "2022-12"), "virkningsperiode"));
    expect(f.name).toBe("virkningsperiodeGyldighet");
    expect(f.ns).toBe(XML_NS.virkningsperiodeGyldighet);
    expect(f.ns).toBe("urn:no:skatteetaten:datasamarbeid:tjenestepensjonsavtale:virkningsperiodegyldighet:v1");
    expect(f.children.map((c) => Object.keys(c)[0])).toEqual(["gyldig", "maanederUtenforGyldigVirkningsperiode"]);
    const t = parse(toXml({ gyldig: true }, "virkningsperiode"));
    expect(t.children.map((c) => Object.keys(c)[0])).toEqual(["gyldig"]);
    expect(text(t.children[0].gyldig)).toBe("true");
  });

  it("infers the kind from the list key, and refuses to guess for a bare {gyldig:true}", () => {
    const body = avtaleforholdGyldighet(fig1, "2022-05", "2022-09");
    expect(toXml(body as never)).toBe(toXml(body, "avtaleforhold"));
    expect(() => toXml({ gyldig: true } as never)).toThrow(/kind/);
  });

  it("error body: feil namespace, kode, melding, korrelasjonsid in order, text escaped", () => {
    const err = otpError("OTP-006", `Ugyldig verdi i feltet <a & "b"> 'c' ÆØÅ`, "0f8e2b5c-1d7a-4c1e-9d5b-2a6f3e4d5c6b").body;
    const xml = toXml(err);
    expect(xml).toContain("&lt;a &amp; &quot;b&quot;&gt; &apos;c&apos;");
    const { name, ns, children } = parse(xml);
    expect(name).toBe("feil");
    expect(ns).toBe("urn:no:skatteetaten:datasamarbeid:feil:v1");
    expect(children.map((c) => Object.keys(c)[0])).toEqual(["kode", "melding", "korrelasjonsid"]);
    expect(text(children[0].kode)).toBe("OTP-006");
    expect(new XMLParser({ processEntities: true }).parse(xml).feil.melding).toBe(`Ugyldig verdi i feltet <a & "b"> 'c' ÆØÅ`);
  });

  it("escapeXml replaces characters XML cannot carry", () => {
    expect(escapeXml("a\u0000b\u0007c\tz")).toBe("a\uFFFDb\uFFFDc\tz");
    expect(XMLValidator.validate(toXml({ kode: "OTP-001", melding: "x\u0001y" }))).toBe(true);
  });
});
