import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CURL, curlSetup } from "@/components/sandbox/curl-examples";
import { OTP_ERRORS } from "@/lib/rules";
import { requireActor } from "@/lib/server/access/actor";
import { SANDBOX_RATE_LIMIT } from "@/lib/server/sandbox/rate-limit";

export const dynamic = "force-dynamic";

function Code({ label, children }: { label: string; children: string }) {
  return (
    <pre role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded bg-slate-900 p-3 text-sm text-slate-50"><code>{children}</code></pre>
  );
}

export default async function SandboxDocsPage() {
  await requireActor();
  const t = await getTranslations("sandbox.docs");
  return (
    <article aria-labelledby="docs-title" className="max-w-4xl space-y-6">
      <h1 id="docs-title" className="ds-heading" data-size="lg">{t("title")}</h1>
      <p>{t("intro")}</p>
      <p><a href="/api/sandbox/openapi.json" className="ds-link">{t("openapi")}</a></p>
      <h2 className="ds-heading" data-size="md">{t("setupTitle")}</h2>
      <p>{t("setup")}</p>
      <Code label={t("setupTitle")}>{curlSetup({ tokenPlaceholder: t("setupTokenPlaceholder"), piComment: t("setupPiComment") })}</Code>
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
      <table className="w-full border-collapse bg-white text-left text-sm shadow-sm">
        <caption className="sr-only">{t("errorsTitle")}</caption>
        <thead className="bg-slate-100">
          <tr>{(["kode", "status", "meaning"] as const).map((c) => <th key={c} scope="col" className="px-3 py-2">{t(`columns.${c}`)}</th>)}</tr>
        </thead>
        <tbody>
          {Object.entries(OTP_ERRORS).map(([kode, e]) => (
            <tr key={kode} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 font-mono">{kode}</th>
              <td className="px-3 py-2">{e.status}</td>
              <td className="px-3 py-2">{e.melding}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="ds-heading" data-size="md">{t("sandboxOnlyTitle")}</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>{t("rateLimit", { points: SANDBOX_RATE_LIMIT.points })}</li>
        <li>{t("tooLarge")}</li>
        <li>{t("employerApi")}</li>
        <li>{t("decisions")}</li>
      </ul>
      <p><Link href="/" className="ds-link">Ajour</Link></p>
    </article>
  );
}
