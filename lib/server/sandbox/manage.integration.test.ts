import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { member } from "../checklist/test-helpers";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { deleteSandboxAgreement, getSandboxData, setSandboxEmployerMonths } from "./manage-data";
import { createSandboxToken, listSandboxTokens, revokeSandboxToken } from "./manage-tokens";
import { saveAgreement } from "./store";
import { sandboxInstitution } from "./test-helpers";
import { hashSandboxToken } from "./token";

const kinds = await testDatabaseKinds();

describe.each(kinds)("sandbox token and data management on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
  });
  afterAll(async () => t?.close());

  it("stores only the hash, lists tokens, and audits create and revoke", async () => {
    const { institution, user, token, tokenId } = await sandboxInstitution(t.prisma);
    const row = await t.prisma.sandboxToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(row.tokenHash).toBe(hashSandboxToken(token));
    expect(row.prefix).toBe(token.slice(0, 8));
    expect(JSON.stringify(row)).not.toContain(token);
    const list = await listSandboxTokens({ db: t.prisma, actor: user, institutionId: institution.id });
    expect(list.map((r) => [r.name, r.prefix, r.revokedAt])).toEqual([["test", token.slice(0, 8), null]]);
    await revokeSandboxToken({ db: t.prisma, actor: user, institutionId: institution.id, tokenId });
    await expect(revokeSandboxToken({ db: t.prisma, actor: user, institutionId: institution.id, tokenId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const events = await t.prisma.auditEvent.findMany({ where: { subject: `sandbox-token:${tokenId}` }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.action, e.actor, e.institutionId])).toEqual([
      ["sandbox.token.create", user.email, institution.id],
      ["sandbox.token.revoke", user.email, institution.id],
    ]);
    expect(JSON.stringify(events)).not.toContain(token);
  });

  it("hides another institution's tokens and data: NOT_FOUND and nothing written", async () => {
    const a = await sandboxInstitution(t.prisma);
    const b = await sandboxInstitution(t.prisma);
    const scope = { db: t.prisma, actor: b.user, institutionId: a.institution.id };
    await expect(createSandboxToken({ ...scope, name: "kapret" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listSandboxTokens(scope)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(revokeSandboxToken({ ...scope, tokenId: a.tokenId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // b's own scope, a's token id: still not found, a's token stays live
    await expect(revokeSandboxToken({ db: t.prisma, actor: b.user, institutionId: b.institution.id, tokenId: a.tokenId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await t.prisma.sandboxToken.findUniqueOrThrow({ where: { id: a.tokenId } })).revokedAt).toBeNull();
    await expect(getSandboxData(scope)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setSandboxEmployerMonths({ ...scope, opplysningspliktig: "974760673", months: ["2022-01"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.prisma.sandboxToken.count({ where: { institutionId: a.institution.id } })).toBe(1);
    expect(await t.prisma.sandboxEmployerMonths.count({ where: { institutionId: a.institution.id } })).toBe(0);
  });

  it("edits employer months and deletes agreements through the page's use-cases", async () => {
    const { institution, user } = await sandboxInstitution(t.prisma);
    const other = await member(t.prisma, institution.id, "Annen Medarbeider");
    const scope = { db: t.prisma, actor: other, institutionId: institution.id };
    await setSandboxEmployerMonths({ ...scope, opplysningspliktig: "974760673", months: ["2022-03", "2022-01", "2022-03"] });
    await saveAgreement(t.prisma, institution.id, { avtalereferanse: "a", fraOgMed: "2022-01", opplysningspliktig: { norskIdentifikator: "974760673" } });
    let data = await getSandboxData({ ...scope, actor: user });
    expect(data.employers.map((e) => [e.opplysningspliktig, e.months])).toEqual([["974760673", ["2022-01", "2022-03"]]]);
    expect(data.agreements.map((a) => [a.avtalereferanse, a.fraOgMed, a.tilOgMed])).toEqual([["a", "2022-01", null]]);
    await deleteSandboxAgreement({ ...scope, agreementId: data.agreements[0].id });
    await expect(deleteSandboxAgreement({ ...scope, agreementId: data.agreements[0].id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setSandboxEmployerMonths({ ...scope, opplysningspliktig: "974760673", months: [] });
    data = await getSandboxData(scope);
    expect(data).toEqual({ employers: [], agreements: [] });
  });
});
