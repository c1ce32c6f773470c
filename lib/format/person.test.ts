import { describe, expect, it } from "vitest";
import { emailBreakParts, initials, personFromActor, personLabel, personSecondary } from "./person";

const names = new Map([["kari@bits.no", "Kari Koordinator"]]);

describe("personFromActor", () => {
  it("names a known person by name, with the address as secondary text", () => {
    const p = personFromActor("Kari@Bits.no", names);
    expect(personLabel(p, "Ajour")).toBe("Kari Koordinator");
    expect(personSecondary(p)).toBe("kari@bits.no");
  });
  it("shows the address of someone Ajour no longer knows, once", () => {
    const p = personFromActor("gone@example.no", names);
    expect(personLabel(p, "Ajour")).toBe("gone@example.no");
    expect(personSecondary(p)).toBeNull();
  });
  it("never shows a code like 'seed': that is Ajour itself", () => {
    for (const actor of ["seed", "system", ""]) {
      const p = personFromActor(actor, names);
      expect(personLabel(p, "Ajour (system)")).toBe("Ajour (system)");
      expect(personSecondary(p)).toBeNull();
    }
  });
});

describe("emailBreakParts", () => {
  it("breaks only after @ and before dots", () => {
    expect(emailBreakParts("vidde@demo.ajour.no")).toEqual(["vidde@", "demo", ".ajour", ".no"]);
    expect(emailBreakParts("kari.nordmann@x.no").join("")).toBe("kari.nordmann@x.no");
  });
});

describe("initials", () => {
  it("takes the first letters of the first and last name", () => {
    expect(initials("Kari Nordmann")).toBe("KN");
    expect(initials("  åse  marie  østby ")).toBe("ÅØ");
  });
  it("takes one letter of a single word or an e-mail address", () => {
    expect(initials("Koordinator")).toBe("K");
    expect(initials("eier@vidde.example")).toBe("E");
  });
  it("skips words without letters and falls back to a question mark", () => {
    expect(initials("Kari (2) Nordmann")).toBe("KN");
    expect(initials("")).toBe("?");
  });
});
