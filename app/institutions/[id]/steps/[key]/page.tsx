import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CommentForm } from "@/components/checklist/comment-form";
import { EvidenceSummary } from "@/components/checklist/evidence-summary";
import { StepActivity } from "@/components/checklist/step-activity-section";
import { ReturnedNotice, ReviewPanel } from "@/components/checklist/review-panel";
import { StepForm } from "@/components/checklist/step-form";
import { StepOverview, StepReferences } from "@/components/checklist/step-overview";
import { Alert, Card, Heading } from "@/components/ds";
import { AppError } from "@/lib/errors/app-error";
import { requireActor } from "@/lib/server/access/actor";
import { getStepDetail } from "@/lib/server/checklist/get-step-detail";
import { osloToday } from "@/lib/server/checklist/load-states";
import { db } from "@/lib/server/db";
import { mentionCandidates } from "@/lib/server/notifications/events";
import { ZStepKeySchema } from "@/lib/validation/checklist";
import { addStepCommentAction, decideStepReviewAction, sendStepForReviewAction, updateStepAction } from "./actions";
import { ClientMessages } from "@/components/intl/client-messages";
import { VerificationPanel } from "@/components/verification/verification-panel";
import { DelegationMatrix } from "@/components/delegation/delegation-matrix";
import { DELEGATION_STEP } from "@/lib/onboarding/delegation";
import { ReportEvidence } from "@/components/integration-test/report-evidence";
import { INTEGRATION_TEST_STEP } from "@/lib/integration-test";

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
  // names only (after the access check above): the institution's members and the coordinators
  const mentionNames = detail.retired ? [] : [...new Set((await mentionCandidates(db, id)).map((c) => c.name))];
  const tIt = await getTranslations("integrationTest");
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  const { recorded } = detail;
  return (
    <ClientMessages namespaces={["checklist.form", "checklist.status", "checklist.evidence", "checklist.comments", "checklist.review", "notifications.mentions"]}>
      <div className="space-y-6">
        <div className="space-y-4">
          <p><Link href={`/institutions/${id}`} className="ds-link">{t("back", { name: detail.institution.name })}</Link></p>
          <Heading level={1} id="step-title" data-size="lg">
            <span className="font-mono">{key}</span> {detail.step.step.title[locale]}
          </Heading>
          {detail.retired && (
            <Alert data-color="info">
              <strong>{t("retiredTitle")}.</strong> {t("retiredText", { version: detail.institution.catalogueVersion })}
            </Alert>
          )}
          <ReturnedNotice detail={detail} />
          {detail.integrationTestPassed !== undefined && !detail.retired && (
            <Alert data-color={detail.integrationTestPassed ? "success" : "warning"} data-testid="integration-test-gate">
              {tIt(detail.integrationTestPassed ? "gate.open" : "gate.closed")}
            </Alert>
          )}
        </div>
        {/* At 1280 px two columns: the step and its form on the left, what one needs at hand (its
            documents, the steps it builds on, the tools for C-3/C-4) on the right; on a phone that
            column comes after the step's description and before the form (globals.css .step-layout). */}
        <div className="step-layout">
          <div className="step-about">
            <StepOverview detail={detail} />
          </div>
          <aside className="step-side space-y-4" aria-label={t("asideLabel")}>
            <StepReferences detail={detail} />
            {/* Connecting to the APIs (C-3) and the integration test (C-4) are where the agreement
                rules matter: point to the tools that check them before Skatteetaten's test does. */}
            {(key === "C-3" || key === "C-4") && (
              <Card asChild data-color="neutral">
                <nav aria-labelledby="tools-title" className="step-card">
                  <h2 id="tools-title" className="ds-heading" data-size="xs">{t("toolsLabel")}</h2>
                  <ul className="list-disc space-y-1 pl-5">
                    {key === INTEGRATION_TEST_STEP && <li><Link href={`/institutions/${id}/integration-test`} className="ds-link">{tIt("link")}</Link></li>}
                    <li><Link href="/test-panel" className="ds-link">{t("toolsTestPanel")}</Link></li>
                    <li><Link href={`/institutions/${id}/sandbox`} className="ds-link">{t("toolsSandbox")}</Link></li>
                    <li><Link href={`/sandbox-docs?institution=${id}`} className="ds-link">{t("toolsDocs")}</Link></li>
                  </ul>
                </nav>
              </Card>
            )}
          </aside>
          <div className="step-work space-y-8">
            {detail.retired ? (
              <section aria-labelledby="evidence-title" className="space-y-4">
                <h2 id="evidence-title" className="ds-heading" data-size="md">{t("recordedEvidence")}</h2>
                <EvidenceSummary stepKey={key} evidence={recorded.evidence} />
              </section>
            ) : (
              <>
              {detail.step.step.requiresReview && detail.step.applicable && (
                <ReviewPanel detail={detail} sendAction={sendStepForReviewAction.bind(null, id, key)} decideAction={decideStepReviewAction.bind(null, id, key)}>
                  {key === INTEGRATION_TEST_STEP && <ReportEvidence actor={actor} institutionId={id} evidence={recorded.evidence} />}
                </ReviewPanel>
              )}
              {/* while Bits reviews it, the step is what was sent: the review panel shows it */}
              {detail.step.display !== "AWAITING_REVIEW" && (
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
                  display={detail.step.display}
                  transitions={detail.transitions.filter((tr) => tr.via === "status")}
                  noChange={detail.noChange}
                  openPrerequisites={detail.step.openPrerequisites}
                  canEdit={detail.canEdit}
                  profile={detail.profile}
                  delegations={detail.delegations}
                  idempotencyKey={randomUUID()}
                />
              </section>
              )}
              </>
            )}
            {!detail.retired && <VerificationPanel actor={actor} institutionId={id} stepKey={key} canEdit={detail.canEdit} />}
            {!detail.retired && key === DELEGATION_STEP && detail.step.applicable && detail.profile.hasSupplier && (
              <DelegationMatrix institutionId={id} supplierName={detail.institution.supplierName} cells={detail.delegations} canEdit={detail.canEdit} />
            )}
            {/* a retired step is a closed record: its thread is shown, without a form for new comments */}
            <StepActivity detail={detail} commentForm={detail.retired ? null : <CommentForm action={addStepCommentAction.bind(null, id, key)} idempotencyKey={randomUUID()} mentionNames={mentionNames} />} />
          </div>
        </div>
      </div>
    </ClientMessages>
  );
}
