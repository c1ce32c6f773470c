import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CommentForm } from "@/components/checklist/comment-form";
import { EvidenceSummary } from "@/components/checklist/evidence-summary";
import { StepActivity } from "@/components/checklist/step-activity-section";
import { StepForm } from "@/components/checklist/step-form";
import { StepOverview } from "@/components/checklist/step-overview";
import { AppError } from "@/lib/errors/app-error";
import { requireActor } from "@/lib/server/access/actor";
import { getStepDetail } from "@/lib/server/checklist/get-step-detail";
import { osloToday } from "@/lib/server/checklist/load-states";
import { db } from "@/lib/server/db";
import { ZStepKeySchema } from "@/lib/validation/checklist";
import { addStepCommentAction, updateStepAction } from "./actions";
import { ClientMessages } from "@/components/intl/client-messages";

export const dynamic = "force-dynamic";

async function load(actor: Awaited<ReturnType<typeof requireActor>>, institutionId: string, stepKey: string) {
  try {
    return await getStepDetail({ db, actor, institutionId, stepKey, today: osloToday() });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function StepPage({ params }: { params: Promise<{ id: string; key: string }> }) {
  const { id, key } = await params;
  const actor = await requireActor();
  // step keys are written in capitals ("C-4"); a typed "c-4" goes to the canonical address
  if (key !== key.toUpperCase() && ZStepKeySchema.safeParse(key.toUpperCase()).success) {
    permanentRedirect(`/institutions/${encodeURIComponent(id)}/steps/${key.toUpperCase()}`);
  }
  if (!ZStepKeySchema.safeParse(key).success) notFound();
  const detail = await load(actor, id, key);
  const t = await getTranslations("checklist.step");
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  const { recorded } = detail;
  return (
    <ClientMessages namespaces={["checklist.form", "checklist.status", "checklist.evidence", "checklist.comments"]}>
      <div className="space-y-8">
        <section aria-labelledby="step-title" className="space-y-4">
          <p><Link href={`/institutions/${id}`} className="ds-link">{t("back", { name: detail.institution.name })}</Link></p>
          <h1 id="step-title" className="ds-heading" data-size="lg">
            <span className="font-mono">{key}</span> {detail.step.step.title[locale]}
          </h1>
          {detail.retired && (
            <p className="max-w-prose rounded border-l-4 border-slate-600 bg-white px-3 py-2">
              <strong>{t("retiredTitle")}.</strong> {t("retiredText", { version: detail.institution.catalogueVersion })}
            </p>
          )}
          <StepOverview detail={detail} />
          {/* Connecting to the APIs (C-3) and the integration test (C-4) are where the agreement
              rules matter: point to the tools that check them before Skatteetaten's test does. */}
          {(key === "C-3" || key === "C-4") && (
            <nav aria-label={t("toolsLabel")} className="rounded border border-slate-300 bg-white p-4">
              <p className="font-semibold">{t("toolsLabel")}</p>
              <ul className="list-disc pl-5">
                <li><Link href="/test-panel" className="ds-link">{t("toolsTestPanel")}</Link></li>
                <li><Link href={`/institutions/${id}/sandbox`} className="ds-link">{t("toolsSandbox")}</Link></li>
                <li><Link href={`/sandbox-docs?institution=${id}`} className="ds-link">{t("toolsDocs")}</Link></li>
              </ul>
            </nav>
          )}
        </section>
        {detail.retired ? (
          <section aria-labelledby="evidence-title" className="space-y-4">
            <h2 id="evidence-title" className="ds-heading" data-size="md">{t("recordedEvidence")}</h2>
            <EvidenceSummary stepKey={key} evidence={recorded.evidence} />
          </section>
        ) : (
          <section aria-labelledby="edit-title" className="space-y-4">
            <h2 id="edit-title" className="ds-heading" data-size="md">{t("update")}</h2>
            <StepForm
              stepKey={key}
              action={updateStepAction.bind(null, id, key)}
              version={recorded.version}
              status={recorded.status}
              evidence={recorded.evidence}
              dueDate={recorded.dueDate}
              reason={recorded.reason}
              transitions={detail.transitions}
              canEdit={detail.canEdit}
              profile={detail.profile}
            />
          </section>
        )}
        {/* a retired step is a closed record: its thread is shown, without a form for new comments */}
        <StepActivity detail={detail} commentForm={detail.retired ? null : <CommentForm action={addStepCommentAction.bind(null, id, key)} />} />
      </div>
    </ClientMessages>
  );
}
