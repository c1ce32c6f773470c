// Issue 16, on the step page: A-2 reads uploaded certificates, B-3/C-2 check pasted Maskinporten
// tokens. Shows the form (when the user may edit the step) and what was checked before.
import { getLocale, getTranslations } from "next-intl/server";
import { CheckmarkCircleIcon, QuestionmarkCircleIcon, XMarkOctagonIcon } from "@navikt/aksel-icons";
import { uploadCertificateAction, checkTokenAction } from "@/app/institutions/[id]/steps/[key]/verification-actions";
import { ClientMessages } from "@/components/intl/client-messages";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { personFromActor, personLabel } from "@/lib/format/person";
import type { CoreActor } from "@/lib/server/access/require-access";
import { db } from "@/lib/server/db";
import { actorNames } from "@/lib/server/people/actor-names";
import { listTokenChecks } from "@/lib/server/verification/check-token";
import { listStepCertificates } from "@/lib/server/verification/upload-certificate";
import type { TCheckResult } from "@/lib/verification/certificate";
import { TOKEN_STEPS, type TTokenStep } from "@/lib/verification/maskinporten-token";
import { CertificateUpload } from "./certificate-upload";
import { TokenCheck } from "./token-check";

export const VERIFICATION_STEPS = ["A-2", ...TOKEN_STEPS] as readonly string[];

async function Check({ result, children }: { result: TCheckResult; children: React.ReactNode }) {
  const t = await getTranslations("verification.result");
  const Icon = result === "ok" ? CheckmarkCircleIcon : result === "failed" ? XMarkOctagonIcon : QuestionmarkCircleIcon;
  const color = result === "ok" ? "text-green-800" : result === "failed" ? "text-red-800" : "text-slate-700";
  return (
    <li className="flex items-start gap-2" data-check={result}>
      <Icon aria-hidden className={`mt-1 shrink-0 ${color}`} />
      <span><span className={`font-medium ${color}`}>{t(result)}:</span> {children}</span>
    </li>
  );
}

const okIf = (v: boolean | null): TCheckResult => (v === null ? "unknown" : v ? "ok" : "failed");

export async function VerificationPanel({ actor, institutionId, stepKey, canEdit }: { actor: CoreActor; institutionId: string; stepKey: string; canEdit: boolean }) {
  if (!VERIFICATION_STEPS.includes(stepKey)) return null;
  const t = await getTranslations("verification");
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  const isCertificate = stepKey === "A-2";
  const certificates = isCertificate ? await listStepCertificates({ db, actor, institutionId }) : [];
  const tokens = isCertificate ? [] : await listTokenChecks({ db, actor, institutionId, stepKey: stepKey as TTokenStep });
  const names = await actorNames(db, [...certificates.map((c) => c.uploadedBy), ...tokens.map((c) => c.checkedBy)]);
  const who = (email: string) => personLabel(personFromActor(email, names), "Ajour");
  const section = isCertificate ? "certificate" : "token";
  return (
    <section aria-labelledby="verification-title" className="space-y-4" data-testid="verification-panel">
      <h2 id="verification-title" className="ds-heading" data-size="md">{t(`${section}.title`)}</h2>
      <p>{t(`${section}.intro`)}</p>
      {canEdit && (
        <ClientMessages namespaces={["verification"]}>
          {isCertificate ? <CertificateUpload action={uploadCertificateAction.bind(null, institutionId)} /> : <TokenCheck action={checkTokenAction.bind(null, institutionId, stepKey)} />}
        </ClientMessages>
      )}
      <h3 className="ds-heading" data-size="xs">{t(isCertificate ? "certificate.uploaded" : "token.checked")}</h3>
      {isCertificate && certificates.length === 0 && <p>{t("certificate.none")}</p>}
      {!isCertificate && tokens.length === 0 && <p>{t("token.none")}</p>}
      <ul className="space-y-4">
        {certificates.map(({ id, facts, uploadedBy, uploadedAt }) => (
          <li key={id} className="space-y-2 border-l-4 border-slate-300 pl-3" data-testid="certificate-result">
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
              <dt className="font-medium">{t("certificate.issuer")}</dt>
              <dd>{facts.issuerName ?? facts.issuer}</dd>
              <dt className="font-medium">{t("certificate.provider")}</dt>
              <dd>{facts.checks.provider && facts.checks.environment ? `${facts.checks.provider}, ${t(`environments.${facts.checks.environment}`)}` : t("certificate.unknownIssuer")}</dd>
              <dt className="font-medium">{t("certificate.orgnr")}</dt>
              <dd className="font-mono">{facts.orgnr ?? t("certificate.orgnrMissing")}</dd>
              <dt className="font-medium">{t("certificate.validTo")}</dt>
              <dd>{formatDate(facts.validTo, locale)}</dd>
              <dt className="font-medium">{t("certificate.fingerprint")}</dt>
              <dd className="font-mono text-xs break-all">{facts.fingerprint}</dd>
            </dl>
            <ul className="space-y-1">
              <Check result={facts.checks.orgnr}>{t(facts.checks.orgnrIsSupplier ? "certificate.checks.orgnrSupplier" : "certificate.checks.orgnr")}</Check>
              <Check result={facts.checks.environmentMatches}>{t("certificate.checks.environment", { environment: t(`environments.${facts.claimedEnvironment}`) })}</Check>
              <Check result={facts.checks.notExpired}>{t("certificate.checks.notExpired")}</Check>
              <Check result={facts.checks.fillsEvidence ? "ok" : "failed"}>{t(facts.checks.fillsEvidence ? "certificate.checks.filled" : "certificate.checks.notFilled")}</Check>
            </ul>
            <p className="text-sm text-slate-700">{t("certificate.uploadedBy", { person: who(uploadedBy), time: formatDateTime(uploadedAt, locale) })}</p>
          </li>
        ))}
        {tokens.map(({ id, claims, checks, checkedBy, checkedAt }) => (
          <li key={id} className="space-y-2 border-l-4 border-slate-300 pl-3" data-testid="token-result">
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
              <dt className="font-medium">{t("token.client")}</dt>
              <dd className="font-mono">{claims.clientId ?? "–"}</dd>
              <dt className="font-medium">{t("token.consumer")}</dt>
              <dd className="font-mono">{claims.consumer ?? "–"}</dd>
              {claims.supplier && (<><dt className="font-medium">{t("token.supplier")}</dt><dd className="font-mono">{claims.supplier}</dd></>)}
              <dt className="font-medium">{t("token.scopes")}</dt>
              <dd className="font-mono text-xs break-all">{claims.scopes.join(" ") || "–"}</dd>
              <dt className="font-medium">{t("token.expires")}</dt>
              <dd>{claims.exp ? formatDateTime(claims.exp, locale) : "–"}</dd>
            </dl>
            <ul className="space-y-1">
              <Check result={okIf(checks.issuerIsTest)}>{t("token.checks.issuer")}</Check>
              <Check result={okIf(checks.missingScopes.length === 0)}>
                {checks.missingScopes.length ? t("token.checks.missingScopes", { scopes: checks.missingScopes.join(", ") }) : t("token.checks.scopes")}
              </Check>
              <Check result={okIf(checks.consumerIsInstitution)}>{t("token.checks.consumer")}</Check>
              {checks.supplierIsInstitutionsSupplier !== null && <Check result={okIf(checks.supplierIsInstitutionsSupplier)}>{t("token.checks.supplier")}</Check>}
              <Check result={checks.signature === "valid" ? "ok" : checks.signature === "invalid" ? "failed" : "unknown"}>
                {checks.signature === "valid" ? t("token.checks.signatureValid") : checks.signature === "invalid" ? t("token.checks.signatureInvalid")
                  : `${t("token.checks.signatureNotChecked")}: ${t(checks.signatureNote === "unreachable" ? "token.checks.signatureUnreachable" : "token.checks.signatureNotConfigured")}`}
              </Check>
            </ul>
            <p className="text-sm text-slate-700">{t("token.checkedBy", { person: who(checkedBy), time: formatDateTime(checkedAt, locale) })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
