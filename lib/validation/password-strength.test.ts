import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../prisma/seed/demo";
import { passwordWeakness, personalWords } from "./password-strength";

describe("passwordWeakness", () => {
  it("refuses weak passwords of the right length, and says why", () => {
    expect(passwordWeakness("aaaaaaaaaaaa")).toMatchObject({ reason: "weak", warning: "simpleRepeat" });
    expect(passwordWeakness("password1234")).toMatchObject({ reason: "weak" });
    expect(passwordWeakness("qwertyuiop12")).toMatchObject({ reason: "weak" });
    expect(passwordWeakness("ajourajourajour")).toMatchObject({ reason: "weak" });
    expect(passwordWeakness("123456789012")).toMatchObject({ reason: "weak" });
  });

  it("refuses the person's own name and e-mail as a password", () => {
    const person = { email: "kari.nordmann@pensjon.example", name: "Kari Nordmann" };
    expect(passwordWeakness("kari.nordmann", person)).toMatchObject({ reason: "weak", warning: "userInputs" });
    expect(passwordWeakness("nordmann2026!", person)).toMatchObject({ reason: "weak" });
    expect(personalWords(person)).toEqual(expect.arrayContaining(["kari", "nordmann", "pensjon", "kari.nordmann@pensjon.example"]));
  });

  it("refuses what is too short before estimating", () => {
    expect(passwordWeakness("Xk9#mQ2!")).toEqual({ reason: "tooShort", min: 12 });
  });

  it("accepts passphrases and the demo password", () => {
    expect(passwordWeakness("riktig-hest-batteri-stift")).toBeNull();
    expect(passwordWeakness("korrekt hest batteri stift")).toBeNull();
    expect(passwordWeakness(DEMO_PASSWORD, { email: "admin@demo.ajour.no", name: "Astrid Admin" })).toBeNull();
  });
});
