// The per-request actor lookup: one SQL statement that must agree with the data on every kind of
// database the app runs on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedInstitution, seedUser } from "../../../prisma/seed/factories";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { loadActor } from "./load-actor";

const kinds = await testDatabaseKinds();

describe.each(kinds)("loadActor on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
  });
  afterAll(async () => t?.close());

  it("returns the user with every membership and role", async () => {
    const [a, b] = [await seedInstitution(t.prisma), await seedInstitution(t.prisma)];
    const user = await seedUser(t.prisma, { name: "Åse Ærlig", memberships: [{ institutionId: a.id, memberRole: "OWNER" }, { institutionId: b.id }] });
    const actor = await loadActor(t.prisma, user.id, 0);
    expect(actor).toEqual({ id: user.id, email: user.email, name: "Åse Ærlig", role: "INSTITUTION_USER", memberships: expect.any(Array) });
    expect(actor!.memberships).toEqual(expect.arrayContaining([{ institutionId: a.id, memberRole: "OWNER" }, { institutionId: b.id, memberRole: "MEMBER" }]));
    expect(actor!.memberships).toHaveLength(2);
  });

  it("returns a user without memberships with an empty list", async () => {
    const user = await seedUser(t.prisma, { role: "COORDINATOR" });
    expect(await loadActor(t.prisma, user.id, 0)).toEqual({ id: user.id, email: user.email, name: user.name, role: "COORDINATOR", memberships: [] });
  });

  it("treats a disabled user, an outdated session version and an unknown id as signed out", async () => {
    const disabled = await seedUser(t.prisma, { disabled: true });
    expect(await loadActor(t.prisma, disabled.id, 0)).toBeNull();
    const user = await seedUser(t.prisma);
    await t.prisma.user.update({ where: { id: user.id }, data: { sessionVersion: 1 } });
    expect(await loadActor(t.prisma, user.id, 0)).toBeNull();
    expect(await loadActor(t.prisma, user.id, undefined)).toBeNull();
    expect(await loadActor(t.prisma, user.id, 1)).not.toBeNull();
    expect(await loadActor(t.prisma, "no-such-user", 0)).toBeNull();
  });
});
