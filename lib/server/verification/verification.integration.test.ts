import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MASKINPORTEN_ISSUERS, REQUIRED_SCOPES } from "../../verification/maskinporten-token";
import { setStates, institutionWithMember } from "../checklist/test-helpers";
import { makeCertificate } from "../testing/make-certificate";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { checkMaskinportenToken, listTokenChecks } from "./check-token";
import { listStepCertificates, uploadCertificate } from "./upload-certificate";

const kinds = await testDatabaseKinds();
const TEST_CA = "Buypass Class 3 Test4 CA 3";
const PROD_CA = "Buypass Class 3 CA 3";
const SUPPLIER = "974760673";

async function signedToken(key: KeyLike, claims: Record<string, unknown>, kid = "k1") {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ scope: REQUIRED_SCOPES["C-2"].join(" "), client_id: "klient-1", ...claims })
    .setProtectedHeader({ alg: "RS256", kid })
    .setIssuer((claims.iss as string) ?? MASKINPORTEN_ISSUERS.test)
    .setIssuedAt(now - 600)
    .setExpirationTime(now - 480) // expired long ago: tokens live 120 s, that is fine
    .sign(key);
}

describe.each(kinds)("verification on %s", (kind) => {
  let t: TestDatabase;
  let server: Server;
  let jwksUrl: string;
  let key: KeyLike;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    const pair = await generateKeyPair("RS256");
    key = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    server = createServer((_req, res) => res.setHeader("content-type", "application/json").end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  });
  afterAll(async () => {
    await t?.close();
    server?.close();
  });

  const upload = (actor: Parameters<typeof uploadCertificate>[0]["actor"], institutionId: string, bytes: Buffer | string, claimedEnvironment: "test" | "production" = "test", name = "cert.pem") =>
    uploadCertificate({ db: t.prisma, actor, institutionId, claimedEnvironment, file: { name, bytes: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes) } });

  it("reads SEID 2 (PEM) and SEID 1 (DER) certificates, fills A-2's rows and audits the upload", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    const seid2 = makeCertificate({ orgnr: institution.orgnr, issuerCn: TEST_CA, notAfter: new Date("2028-03-01T12:00:00Z") });
    const first = await upload(user, institution.id, seid2.pem);
    expect(first.filled).toBe(true);
    expect(first.facts).toMatchObject({ orgnr: institution.orgnr, orgnrSource: "organizationIdentifier", issuerName: TEST_CA, checks: { provider: "Buypass", environment: "test", orgnr: "ok", notExpired: "ok" } });
    const seid1 = makeCertificate({ orgnr: institution.orgnr, profile: "SEID1", issuerCn: PROD_CA, notAfter: new Date("2027-06-01T12:00:00Z") });
    const second = await upload(user, institution.id, seid1.der, "production", "prod.cer");
    expect(second.facts).toMatchObject({ orgnrSource: "serialNumber", checks: { environment: "production", environmentMatches: "ok" } });
    const step = await t.prisma.institutionStep.findUniqueOrThrow({ where: { institutionId_stepKey: { institutionId: institution.id, stepKey: "A-2" } } });
    expect(step.evidence).toEqual({ certificates: [{ environment: "test", provider: "Buypass", expiresOn: "2028-03-01" }, { environment: "production", provider: "Buypass", expiresOn: "2027-06-01" }] });
    expect(step.version).toBe(2);
    const stored = await t.prisma.stepCertificate.findMany({ where: { institutionId: institution.id } });
    expect(stored).toHaveLength(2);
    expect(stored.every((s) => s.pem.startsWith("-----BEGIN CERTIFICATE-----") && !s.pem.includes("PRIVATE"))).toBe(true);
    expect(await t.prisma.auditEvent.count({ where: { institutionId: institution.id, action: "step.certificate.upload" } })).toBe(2);
    expect(await t.prisma.auditEvent.count({ where: { institutionId: institution.id, action: "step.update" } })).toBe(2);
    expect(await listStepCertificates({ db: t.prisma, actor: user, institutionId: institution.id })).toHaveLength(2);
  });

  it("stores but flags a wrong org number, a wrong environment and an expired certificate, without filling A-2", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    const wrongOrg = await upload(user, institution.id, makeCertificate({ orgnr: SUPPLIER, issuerCn: TEST_CA }).pem);
    expect(wrongOrg).toMatchObject({ filled: false, facts: { checks: { orgnr: "failed" } } });
    const wrongEnv = await upload(user, institution.id, makeCertificate({ orgnr: institution.orgnr, issuerCn: PROD_CA }).pem, "test");
    expect(wrongEnv).toMatchObject({ filled: false, facts: { checks: { environmentMatches: "failed" } } });
    const unknown = await upload(user, institution.id, makeCertificate({ orgnr: institution.orgnr, issuerCn: "Acme Issuing CA" }).pem);
    expect(unknown).toMatchObject({ filled: false, facts: { checks: { provider: null, environment: null, environmentMatches: "unknown" } } });
    const expired = makeCertificate({ orgnr: institution.orgnr, issuerCn: TEST_CA, notBefore: new Date("2023-01-01"), notAfter: new Date("2025-01-01") });
    expect(await upload(user, institution.id, expired.pem)).toMatchObject({ facts: { checks: { notExpired: "failed" } } });
    expect(await t.prisma.stepCertificate.count({ where: { institutionId: institution.id } })).toBe(4);
  });

  it("accepts the supplier's org number where the institution has a supplier", async () => {
    const { institution, user } = await institutionWithMember(t.prisma, { supplierOrgnr: SUPPLIER, supplierName: "Leverandør AS" });
    const r = await upload(user, institution.id, makeCertificate({ orgnr: SUPPLIER, issuerCn: "Commfides CPN Enterprise-Norwegian SHA256 CA - TEST2" }).pem);
    expect(r).toMatchObject({ filled: true, facts: { checks: { orgnr: "ok", orgnrIsSupplier: true, provider: "Commfides" } } });
  });

  it("refuses bad input with the reason, and stores nothing", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    const cert = makeCertificate({ orgnr: institution.orgnr, issuerCn: TEST_CA });
    const refused = (rule: string) => ({ code: "INVALID", details: expect.objectContaining({ rule }) });
    await expect(upload(user, institution.id, "dette er ikke et sertifikat")).rejects.toMatchObject(refused("NOT_A_CERTIFICATE"));
    await expect(upload(user, institution.id, cert.pem + cert.privateKeyPem)).rejects.toMatchObject(refused("PRIVATE_KEY"));
    await expect(upload(user, institution.id, cert.privateKeyPem)).rejects.toMatchObject(refused("PRIVATE_KEY"));
    const { createPrivateKey } = await import("node:crypto");
    await expect(upload(user, institution.id, createPrivateKey(cert.privateKeyPem).export({ type: "pkcs8", format: "der" }), "test", "key.der")).rejects.toMatchObject(refused("PRIVATE_KEY"));
    await expect(upload(user, institution.id, cert.der, "test", "bundle.p12")).rejects.toMatchObject(refused("KEY_FILE"));
    const other = makeCertificate({ orgnr: institution.orgnr, issuerCn: TEST_CA });
    await expect(upload(user, institution.id, cert.pem + other.pem)).rejects.toMatchObject(refused("CHAIN"));
    await expect(upload(user, institution.id, Buffer.concat([cert.der, other.der]), "test", "chain.der")).rejects.toMatchObject(refused("CHAIN"));
    await expect(upload(user, institution.id, cert.pem + " ".repeat(65 * 1024))).rejects.toMatchObject(refused("TOO_LARGE"));
    expect(await t.prisma.stepCertificate.count({ where: { institutionId: institution.id } })).toBe(0);
    expect(await t.prisma.institutionStep.count({ where: { institutionId: institution.id } })).toBe(0);
    expect(await t.prisma.auditEvent.count({ where: { institutionId: institution.id, action: "step.certificate.upload" } })).toBe(0);
  });

  it("refuses another institution's user and records the attempt", async () => {
    const { institution } = await institutionWithMember(t.prisma);
    const other = await institutionWithMember(t.prisma);
    await expect(upload(other.user, institution.id, makeCertificate({ orgnr: institution.orgnr, issuerCn: TEST_CA }).pem)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.prisma.stepCertificate.count({ where: { institutionId: institution.id } })).toBe(0);
  });

  it("does not fill a step the user may not edit (marked not applicable by Bits), and stores nothing then", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    await setStates(t.prisma, institution.id, { "A-2": { status: "NOT_APPLICABLE", evidence: {} } });
    await expect(upload(user, institution.id, makeCertificate({ orgnr: institution.orgnr, issuerCn: TEST_CA }).pem)).rejects.toMatchObject({ code: "INVALID" });
    expect(await t.prisma.stepCertificate.count({ where: { institutionId: institution.id } })).toBe(0);
  });

  it("checks a signed test token against the JWKS, stores the claims and never the token", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    const token = await signedToken(key, { consumer: { authority: "iso6523-actorid-upis", ID: `0192:${institution.orgnr}` } });
    const r = await checkMaskinportenToken({ db: t.prisma, actor: user, institutionId: institution.id, stepKey: "C-2", token, jwksUrl });
    expect(r.checks).toMatchObject({ environment: "test", signature: "valid", missingScopes: [], consumerIsInstitution: true, passed: true });
    expect(r.claims).toMatchObject({ consumer: institution.orgnr, clientId: "klient-1" });
    const row = await t.prisma.stepTokenCheck.findUniqueOrThrow({ where: { id: r.id } });
    expect(JSON.stringify(row)).not.toContain(token.split(".")[2]);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { institutionId: institution.id, action: "step.token.check" } });
    expect(JSON.stringify(audit)).not.toContain(token.split(".")[2]);
    expect(await listTokenChecks({ db: t.prisma, actor: user, institutionId: institution.id, stepKey: "C-2" })).toHaveLength(1);
    // what the token shows is C-2's evidence now, written as a step change with its audit event
    expect(r.filled).toBe(true);
    const step = await t.prisma.institutionStep.findUniqueOrThrow({ where: { institutionId_stepKey: { institutionId: institution.id, stepKey: "C-2" } } });
    expect(step).toMatchObject({ version: 1, evidence: { scopes: [...REQUIRED_SCOPES["C-2"]] } });
    expect(await t.prisma.auditEvent.count({ where: { institutionId: institution.id, action: "step.update" } })).toBe(1);
    // the same token again proves nothing new: the check is stored, the step left alone
    const again = await checkMaskinportenToken({ db: t.prisma, actor: user, institutionId: institution.id, stepKey: "C-2", token, jwksUrl });
    expect(again.filled).toBe(false);
    expect((await t.prisma.institutionStep.findUniqueOrThrow({ where: { institutionId_stepKey: { institutionId: institution.id, stepKey: "C-2" } } })).version).toBe(1);
  });

  it("stores the check but leaves alone a step its rules keep from changing", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    await setStates(t.prisma, institution.id, { "C-2": { status: "NOT_APPLICABLE", evidence: {} } });
    const token = await signedToken(key, { consumer: { ID: `0192:${institution.orgnr}` } });
    const r = await checkMaskinportenToken({ db: t.prisma, actor: user, institutionId: institution.id, stepKey: "C-2", token, jwksUrl });
    expect(r).toMatchObject({ filled: false, checks: { passed: true } });
    expect(await t.prisma.stepTokenCheck.count({ where: { institutionId: institution.id } })).toBe(1);
    expect((await t.prisma.institutionStep.findUniqueOrThrow({ where: { institutionId_stepKey: { institutionId: institution.id, stepKey: "C-2" } } })).evidence).toEqual({});
  });

  it("reports a token signed by another key as invalid, and says plainly when the signature was not checked", async () => {
    const { institution, user } = await institutionWithMember(t.prisma, { supplierOrgnr: SUPPLIER });
    const stranger = (await generateKeyPair("RS256")).privateKey;
    const claims = { consumer: { ID: `0192:${institution.orgnr}` }, supplier: { ID: `0192:${SUPPLIER}` } };
    const bad = await checkMaskinportenToken({ db: t.prisma, actor: user, institutionId: institution.id, stepKey: "C-2", token: await signedToken(stranger, claims), jwksUrl });
    expect(bad.checks).toMatchObject({ signature: "invalid", supplierIsInstitutionsSupplier: true, passed: false });
    const unchecked = await checkMaskinportenToken({ db: t.prisma, actor: user, institutionId: institution.id, stepKey: "C-2", token: await signedToken(key, claims) });
    expect(unchecked.checks).toMatchObject({ signature: "not-checked", signatureNote: "not-configured", passed: true });
    const unreachable = await checkMaskinportenToken({ db: t.prisma, actor: user, institutionId: institution.id, stepKey: "C-2", token: await signedToken(key, claims), jwksUrl: "http://127.0.0.1:9/jwks" });
    expect(unreachable.checks).toMatchObject({ signature: "not-checked", signatureNote: "unreachable" });
    const noSupplier = await checkMaskinportenToken({ db: t.prisma, actor: user, institutionId: institution.id, stepKey: "C-2", token: await signedToken(key, { consumer: claims.consumer }) });
    expect(noSupplier.checks).toMatchObject({ supplierIsInstitutionsSupplier: false, passed: false });
  });

  it("refuses a production token and garbage, and stores nothing", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    const prod = await signedToken(key, { iss: MASKINPORTEN_ISSUERS.production, consumer: { ID: `0192:${institution.orgnr}` } });
    await expect(checkMaskinportenToken({ db: t.prisma, actor: user, institutionId: institution.id, stepKey: "C-2", token: prod, jwksUrl })).rejects.toMatchObject({ details: expect.objectContaining({ rule: "PRODUCTION_TOKEN" }) });
    await expect(checkMaskinportenToken({ db: t.prisma, actor: user, institutionId: institution.id, stepKey: "B-3", token: "ikke.et.token" })).rejects.toMatchObject({ details: expect.objectContaining({ rule: "NOT_A_TOKEN" }) });
    expect(await t.prisma.stepTokenCheck.count({ where: { institutionId: institution.id } })).toBe(0);
  });
});
