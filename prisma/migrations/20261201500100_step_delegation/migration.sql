-- CreateTable
CREATE TABLE "StepDelegation" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "right" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "confirmedById" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StepDelegation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StepDelegation_institutionId_right_environment_key" ON "StepDelegation"("institutionId", "right", "environment");

-- AddForeignKey
ALTER TABLE "StepDelegation" ADD CONSTRAINT "StepDelegation_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepDelegation" ADD CONSTRAINT "StepDelegation_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The delegation matrix decides B-7's state: its writes bump the institution's checklistRevision
-- like step writes do, so the overview's summary cache never outlives it.
CREATE TRIGGER "StepDelegation_bump_checklist_revision" AFTER INSERT OR UPDATE OR DELETE ON "StepDelegation"
  FOR EACH ROW EXECUTE FUNCTION bump_checklist_revision();
