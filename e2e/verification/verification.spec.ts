// Issue 16: A-2 reads an uploaded certificate, C-2 checks a pasted Maskinporten token. The
// certificates and tokens are generated here (node:crypto, jose); the institution is this spec's own.
import { generateKeyPairSync } from "node:crypto";
import { SignJWT } from "jose";
import { makeCertificate } from "../../lib/server/testing/make-certificate";
import { query } from "../access/db";
import { fixtures, signInAsEmail } from "../fixtures";
import { freshOrgnr } from "../fresh-orgnr";
import { expect, test } from "../test";

const orgnr = freshOrgnr();
const id = `verify-${orgnr}`;
const email = `verify-${orgnr}@e2e.example`;
const TEST_CA = "Buypass Class 3 Test4 CA 3";
const SCOPES = "skatteetaten:inntekt skatteetaten:inntektsmottakere skatteetaten:tjenestepensjonsavtale nav:aareg/v1/arbeidsforhold/otp";

// once per worker that runs a test of this file: the rows may be there already
test.beforeAll(async () => {
  const f = fixtures();
  await query(`INSERT INTO "Institution" (id, orgnr, name, "updatedAt") VALUES ($1, $2, $3, now()) ON CONFLICT (id) DO NOTHING`, [id, orgnr, `Verifisering ${orgnr}`]);
  // the fixtures' shared password: the hash of institution A's owner
  await query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") SELECT $1, $2, 'Vera Verifiserer', "passwordHash", now() FROM "User" WHERE id = $3 ON CONFLICT (id) DO NOTHING`, [`u-${id}`, email, f.users.ownerA.id]);
  await query(`INSERT INTO "Membership" (id, "userId", "institutionId", "memberRole") VALUES ($1, $2, $3, 'OWNER') ON CONFLICT (id) DO NOTHING`, [`m-${id}`, `u-${id}`, id]);
});

const certificates = async () => Number((await query<{ n: string }>(`SELECT count(*) AS n FROM "StepCertificate" WHERE "institutionId" = $1`, [id]))[0].n);
const tokenChecks = async () => Number((await query<{ n: string }>(`SELECT count(*) AS n FROM "StepTokenCheck" WHERE "institutionId" = $1`, [id]))[0].n);

test("A-2 reads an uploaded certificate, fills its row, flags a wrong org number and refuses a private key", async ({ page }) => {
  await signInAsEmail(page, email);
  await page.goto(`/institutions/${id}/steps/A-2`);
  const panel = page.getByTestId("verification-panel");
  await expect(panel.getByRole("heading", { name: "Les virksomhetssertifikatet" })).toBeVisible();

  const good = makeCertificate({ orgnr, issuerCn: TEST_CA, notAfter: new Date("2028-04-30T12:00:00Z") });
  await panel.getByLabel("Sertifikatfil").setInputFiles({ name: "test.crt", mimeType: "application/x-x509-ca-cert", buffer: good.der });
  await panel.getByLabel("Miljøet sertifikatet er for").selectOption("test");
  await panel.getByRole("button", { name: "Les og kontroller" }).click();
  await expect(panel.getByText("Sertifikatet er lest og kontrollert, og A-2 er oppdatert.")).toBeVisible();
  const first = panel.getByTestId("certificate-result").first();
  await expect(first).toContainText(orgnr);
  await expect(first).toContainText("Buypass, test");
  await expect(first).toContainText("30. apr. 2028");
  await expect(first.getByText("Ført inn i A-2 (leverandør, miljø og utløpsdato)")).toBeVisible();
  const [step] = await query<{ evidence: { certificates: unknown[] } }>(`SELECT evidence FROM "InstitutionStep" WHERE "institutionId" = $1 AND "stepKey" = 'A-2'`, [id]);
  expect(step.evidence.certificates).toEqual([{ environment: "test", provider: "Buypass", expiresOn: "2028-04-30" }]);

  const wrong = makeCertificate({ orgnr: freshOrgnr(), issuerCn: TEST_CA });
  await panel.getByLabel("Sertifikatfil").setInputFiles({ name: "annen.pem", mimeType: "application/x-pem-file", buffer: Buffer.from(wrong.pem) });
  await panel.getByLabel("Miljøet sertifikatet er for").selectOption("test");
  await panel.getByRole("button", { name: "Les og kontroller" }).click();
  await expect(panel.getByText(/ble ikke ført inn i A-2 fordi en kontroll feilet/)).toBeVisible();
  const flagged = panel.getByTestId("certificate-result").first();
  await expect(flagged.locator('[data-check="failed"]').filter({ hasText: "Organisasjonsnummeret er pensjonsinnretningens" })).toBeVisible();
  expect(await certificates()).toBe(2);

  await panel.getByLabel("Sertifikatfil").setInputFiles({ name: "med-nokkel.pem", mimeType: "application/x-pem-file", buffer: Buffer.from(good.pem + good.privateKeyPem) });
  await panel.getByLabel("Miljøet sertifikatet er for").selectOption("test");
  await panel.getByRole("button", { name: "Les og kontroller" }).click();
  await expect(panel.getByText(/inneholder en privat nøkkel og ble avvist/).first()).toBeVisible();
  expect(await certificates()).toBe(2);
  const audit = await query<{ after: unknown }>(`SELECT after FROM "AuditEvent" WHERE "institutionId" = $1`, [id]);
  expect(JSON.stringify(audit)).not.toContain("PRIVATE KEY");
});

test("C-2 checks a pasted test token, fills the scopes it shows, and refuses a production token without storing it", async ({ page }) => {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const token = (iss: string) =>
    new SignJWT({ scope: SCOPES, consumer: { authority: "iso6523-actorid-upis", ID: `0192:${orgnr}` }, client_id: "e2e-klient" })
      .setProtectedHeader({ alg: "RS256", kid: "e2e" }).setIssuer(iss).setIssuedAt().setExpirationTime("120s").sign(privateKey);
  await signInAsEmail(page, email);
  await page.goto(`/institutions/${id}/steps/C-2`);
  const panel = page.getByTestId("verification-panel");
  await panel.getByLabel("Access token (JWT)").fill(await token("https://test.maskinporten.no/"));
  await panel.getByRole("button", { name: "Kontroller tokenet" }).click();
  await expect(panel.getByText("Tokenet er kontrollert (se under), og det tokenet viser, er fylt inn i steget. Tokenet ble ikke lagret.")).toBeVisible();
  // the scopes are C-2's evidence now: typed by nobody, shown ticked in the step's form
  const [step] = await query<{ evidence: { scopes: string[] } }>(`SELECT evidence FROM "InstitutionStep" WHERE "institutionId" = $1 AND "stepKey" = 'C-2'`, [id]);
  expect(step.evidence.scopes).toEqual(SCOPES.split(" "));
  await expect(page.getByRole("checkbox", { name: "skatteetaten:tjenestepensjonsavtale" })).toBeChecked();
  const result = panel.getByTestId("token-result").first();
  await expect(result).toContainText("e2e-klient");
  await expect(result.getByText("Alle scopes steget trenger er med")).toBeVisible();
  await expect(result.getByText(/Signaturen er ikke kontrollert/)).toBeVisible();
  expect(await tokenChecks()).toBe(1);

  const production = await token("https://maskinporten.no/");
  await panel.getByLabel("Access token (JWT)").fill(production);
  await panel.getByRole("button", { name: "Kontroller tokenet" }).click();
  await expect(panel.getByText(/Behandle det som eksponert/).first()).toBeVisible();
  expect(await tokenChecks()).toBe(1);
  const stored = await query<{ claims: unknown; result: unknown }>(`SELECT claims, result FROM "StepTokenCheck" WHERE "institutionId" = $1`, [id]);
  expect(JSON.stringify(stored)).not.toContain(production.split(".")[2]);
});
