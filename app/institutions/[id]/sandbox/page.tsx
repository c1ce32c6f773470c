import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime, toDateLocale } from "@/lib/format/dates";
import { ConfirmButton, EmployerForm } from "@/components/sandbox/row-actions";
import { TokenCreateForm } from "@/components/sandbox/token-create-form";
import { toRanges } from "@/lib/rules";
import { requireActor } from "@/lib/server/access/actor";
import { assertCan } from "@/lib/server/access/authorize";
import { db } from "@/lib/server/db";
import { getInstitution } from "@/lib/server/institutions/get-institution";
import { getSandboxData } from "@/lib/server/sandbox/manage-data";
import { listSandboxTokens } from "@/lib/server/sandbox/manage-tokens";
import { orNotFound } from "../load";
import { createSandboxTokenAction, deleteSandboxAgreementAction, revokeSandboxTokenAction, saveSandboxEmployerAction } from "./actions";
import { ClientMessages } from "@/components/intl/client-messages";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";

export const dynamic = "force-dynamic";

const TH = "px-3 py-2";

export default async function SandboxPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  await assertCan(actor, "sandbox.token.manage", id);
  const institution = await orNotFound(getInstitution({ db, actor, institutionId: id }));
  const [tokens, data] = await Promise.all([listSandboxTokens({ db, actor, institutionId: id }), getSandboxData({ db, actor, institutionId: id })]);
  const t = await getTranslations("sandbox");
  const locale = toDateLocale(await getLocale());
  const when = (d: Date | null) => (d ? formatDateTime(d, locale) : t("tokens.never"));
  const revoke = revokeSandboxTokenAction.bind(null, id);
  const deleteAgreement = deleteSandboxAgreementAction.bind(null, id);
  const saveEmployer = saveSandboxEmployerAction.bind(null, id);
  return (
    <ClientMessages namespaces={["sandbox.tokens", "sandbox.employers", "sandbox.errors"]}>
      <div className="space-y-8">
        <section aria-labelledby="sandbox-title" className="space-y-3">
          <p><Link href={`/institutions/${id}`} className="ds-link">{t("back", { name: institution.name })}</Link></p>
          <PageHeader id="sandbox-title" title={t("title")} intro={t("intro", { orgnr: institution.orgnr })}>
            <ul className="flex flex-wrap gap-x-6 gap-y-1">
              <li><Link href={`/sandbox-docs?institution=${id}`} className="ds-link">{t("docsLink")}</Link></li>
              <li><Link href={`/institutions/${id}/test-panel`} className="ds-link">{(await getTranslations("testPanel.institution"))("link")}</Link></li>
            </ul>
          </PageHeader>
        </section>

        <section aria-labelledby="tokens-title" className="ds-card space-y-4">
          <h2 id="tokens-title" className="ds-heading" data-size="md">{t("tokens.title")}</h2>
          <TokenCreateForm action={createSandboxTokenAction.bind(null, id)} />
          {tokens.length === 0 ? <p style={{ color: "var(--ds-color-neutral-text-subtle)" }}>{t("tokens.empty")}</p> : (
            <DataTable caption={t("tokens.caption")} columns={(["name", "prefix", "created", "lastUsed", "status", "actions"] as const).map((c) => t(`tokens.columns.${c}`))}>
              {tokens.map((tok) => (
                <tr key={tok.id} className="border-t border-slate-200 align-top">
                  <th scope="row" className={`${TH} font-medium`}>{tok.name}</th>
                  <td className={`${TH} font-mono`}>{tok.prefix}…</td>
                  <td className={TH}>{when(tok.createdAt)}</td>
                  <td className={TH}>{when(tok.lastUsedAt)}</td>
                  <td className={TH}>{tok.revokedAt ? t("tokens.revokedAt", { when: when(tok.revokedAt) }) : t("tokens.active")}</td>
                  <td className={TH}>
                    {!tok.revokedAt && (
                      <ConfirmButton action={revoke} field="tokenId" value={tok.id}
                        label={t("tokens.revoke", { name: tok.name })} short={t("tokens.revokeShort")} title={t("tokens.revokeTitle", { name: tok.name })}
                        description={t("tokens.revokeText")} confirmLabel={t("tokens.revokeConfirm")} />
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>

        <section aria-labelledby="employers-title" className="ds-card space-y-4">
          <h2 id="employers-title" className="ds-heading" data-size="md">{t("employers.title")}</h2>
          <p>{t("employers.intro")}</p>
          {data.employers.length === 0 && <p style={{ color: "var(--ds-color-neutral-text-subtle)" }}>{t("employers.empty")}</p>}
          <ul className="space-y-4">
            {data.employers.map((e) => (
              <li key={e.opplysningspliktig} className="app-subcard">
                <EmployerForm action={saveEmployer} opplysningspliktig={e.opplysningspliktig} ranges={toRanges(e.months)} idPrefix={`employer-${e.opplysningspliktig}`} />
              </li>
            ))}
          </ul>
          <h3 className="ds-heading" data-size="sm">{t("employers.addTitle")}</h3>
          <EmployerForm action={saveEmployer} idPrefix="employer-new" />
        </section>

        <section aria-labelledby="agreements-title" className="ds-card space-y-4">
          <h2 id="agreements-title" className="ds-heading" data-size="md">{t("agreements.title")}</h2>
          <p>{t("agreements.intro")}</p>
          {data.agreements.length === 0 ? <p style={{ color: "var(--ds-color-neutral-text-subtle)" }}>{t("agreements.empty")}</p> : (
            <DataTable caption={t("agreements.caption")} columns={(["reference", "employer", "from", "to", "actions"] as const).map((c) => t(`agreements.columns.${c}`))}>
              {data.agreements.map((a) => (
                <tr key={a.id} className="border-t border-slate-200 align-top">
                  <th scope="row" className={`${TH} max-w-xs break-all font-medium`}>{a.avtalereferanse}</th>
                  <td className={TH}>{a.opplysningspliktig}</td>
                  <td className={TH}>{a.fraOgMed}</td>
                  <td className={TH}>{a.tilOgMed ?? t("agreements.openEnded")}</td>
                  <td className={TH}>
                    <ConfirmButton action={deleteAgreement} field="agreementId" value={a.id}
                      label={t("agreements.delete", { reference: a.avtalereferanse.slice(0, 40) })}
                      short={t("agreements.deleteShort")} title={t("agreements.deleteTitle", { reference: a.avtalereferanse.slice(0, 40) })}
                      description={t("agreements.deleteText")} confirmLabel={t("agreements.deleteConfirm")} />
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
