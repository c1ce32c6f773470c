-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('APPROVED', 'RETURNED');

-- CreateTable
CREATE TABLE "StepReviewRound" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "stepKey" VARCHAR(8) NOT NULL,
    "stepVersion" INTEGER NOT NULL,
    "evidence" JSONB NOT NULL,
    "sentById" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision" "ReviewDecision",
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "reason" TEXT,

    CONSTRAINT "StepReviewRound_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StepReviewRound_institutionId_stepKey_sentAt_idx" ON "StepReviewRound"("institutionId", "stepKey", "sentAt");

-- AddForeignKey
ALTER TABLE "StepReviewRound" ADD CONSTRAINT "StepReviewRound_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepReviewRound" ADD CONSTRAINT "StepReviewRound_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepReviewRound" ADD CONSTRAINT "StepReviewRound_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- At most one open round per step: a second send while one awaits a decision is refused by the
-- database too, whatever the use-case checked (two tabs sending at once).
CREATE UNIQUE INDEX "StepReviewRound_one_open_round" ON "StepReviewRound"("institutionId", "stepKey") WHERE "decision" IS NULL;

-- The overview's summary cache is keyed by checklistRevision: a round (sent, decided) changes what
-- a step shows (in review, returned), so it bumps the revision like a step or comment write.
CREATE TRIGGER "StepReviewRound_bump_checklist_revision" AFTER INSERT OR UPDATE OR DELETE ON "StepReviewRound"
  FOR EACH ROW EXECUTE FUNCTION bump_checklist_revision();
