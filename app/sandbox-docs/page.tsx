import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { curlExamples, curlSetup, PI_PLACEHOLDER } from "@/components/sandbox/curl-examples";
import { DataTable } from "@/components/data-table";
import { Details, DetailsContent, DetailsSummary } from "@/components/ds";
import { PageHeader } from "@/components/page-header";
import { env } from "@/lib/env";
import { appOrigin } from "@/lib/http/origin";
import { firstValues } from "@/lib/http/search-params";
import { can } from "@/lib/onboarding/permissions";
import { OTP_ERRORS } from "@/lib/rules";
import { requireActor, type Actor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { getInstitution } from "@/lib/server/institutions/get-institution";
import { SANDBOX_RATE_LIMIT } from "@/lib/server/sandbox/rate-limit";

export const dynamic = "force-dynamic";

function Code({ label, children }: { label: string; children: string }) {
  return (
    <pre role="region" aria-label={label} tabIndex={0} className="app-terminal"><code>{children}</code></pre>
  );
}

/**
 * The institution whose sandbox the examples are for: `?institution=<id>` (the sandbox page links
 * with it) when the reader may use that sandbox, else their only institution; null for a reader
 * with several or none (coordinators without the parameter).
 */
async function docsInstitution(actor: Actor, requested: string | undefined) {
  const id = requested && can(actor, "sandbox.token.manage", { institutionId: requested })
    ? requested
    : actor.memberships.length === 1 && can(actor, "sandbox.token.manage", { institutionId: actor.memberships[0].institutionId })
      ? actor.memberships[0].institutionId
      : null;
  return id ? getInstitution({ db, actor, institutionId: id }).catch(() => null) : null;
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function SandboxDocsPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  const t = await getTranslations("sandbox.docs");
  const institution = await docsInstitution(actor, firstValues(await searchParams).institution);
  const h = await headers();
  const origin = appOrigin({ configured: env.NEXTAUTH_URL, host: h.get("x-forwarded-host") ?? h.get("host"), forwardedProto: h.get("x-forwarded-proto") });
  const CURL = curlExamples(origin);
  return (
    <article aria-labelledby="docs-title" className="max-w-4xl space-y-6">
      <PageHeader id="docs-title" title={t("title")} intro={t("intro")}>
        <p><a href="/api/sandbox/openapi.json" className="ds-link">{t("openapi")}</a></p>
      </PageHeader>
      <h2 className="ds-heading" data-size="md">{t("setupTitle")}</h2>
      <p>
        {institution
          ? t("setupFor", { origin, name: institution.name, orgnr: institution.orgnr })
          : t("setup", { origin, placeholder: PI_PLACEHOLDER })}
      </p>
      {institution && (
        <p><Link href={`/institutions/${institution.id}/sandbox`} className="ds-link">{t("tokenPageLink", { name: institution.name })}</Link></p>
      )}
      <Code label={t("setupTitle")}>{curlSetup({ tokenPlaceholder: t("setupTokenPlaceholder"), piComment: t("setupPiComment"), pi: institution?.orgnr })}</Code>
      <h2 className="ds-heading" data-size="md">{t("stepsTitle")}</h2>
      <p>{t("monthsStep")}</p>
      <Code label={t("monthsStep")}>{CURL.months}</Code>
      <p>{t("postStep")}</p>
      <Code label={t("postStep")}>{CURL.post}</Code>
      <p>{t("getStep")}</p>
      <Code label={t("getStep")}>{CURL.get}</Code>
      <p>{t("deleteStep")}</p>
      <Code label={t("deleteStep")}>{CURL.delete}</Code>
      <h2 className="ds-heading" data-size="md">{t("errorsTitle")}</h2>
      <p>{t("errorsIntro")}</p>
      <DataTable caption={t("errorsTitle")} columns={(["kode", "status", "meaning"] as const).map((c) => t(`columns.${c}`))}>
        {Object.entries(OTP_ERRORS).map(([kode, e]) => (
          <tr key={kode}>
            <th scope="row" className="font-mono">{kode}</th>
            <td>{e.status}</td>
            <td>{e.melding}</td>
          </tr>
        ))}
      </DataTable>
      <Details data-color="neutral">
        <DetailsSummary>
          <h2 className="ds-heading inline" data-size="xs">{t("sandboxOnlyTitle")}</h2>
        </DetailsSummary>
        <DetailsContent>
          <ul className="list-disc space-y-1 pl-6">
            <li>{t("rateLimit", { points: SANDBOX_RATE_LIMIT.points })}</li>
            <li>{t("tooLarge")}</li>
            <li>{t("employerApi")}</li>
            <li>{t("decisions")}</li>
          </ul>
        </DetailsContent>
      </Details>
      <p>
        {institution
          ? <Link href={`/institutions/${institution.id}/sandbox`} className="ds-link">{t("tokenPageLink", { name: institution.name })}</Link>
          : <Link href="/" className="ds-link">{t("home")}</Link>}
      </p>
    </article>
  );
}
