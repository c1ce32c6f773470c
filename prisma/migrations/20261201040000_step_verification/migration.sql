-- CreateTable
CREATE TABLE "StepCertificate" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "stepKey" VARCHAR(8) NOT NULL,
    "pem" TEXT NOT NULL,
    "facts" JSONB NOT NULL,
    "uploadedBy" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StepCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StepTokenCheck" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "stepKey" VARCHAR(8) NOT NULL,
    "claims" JSONB NOT NULL,
    "result" JSONB NOT NULL,
    "checkedBy" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StepTokenCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StepCertificate_institutionId_stepKey_uploadedAt_idx" ON "StepCertificate"("institutionId", "stepKey", "uploadedAt");

-- CreateIndex
CREATE INDEX "StepTokenCheck_institutionId_stepKey_checkedAt_idx" ON "StepTokenCheck"("institutionId", "stepKey", "checkedAt");

-- AddForeignKey
ALTER TABLE "StepCertificate" ADD CONSTRAINT "StepCertificate_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepTokenCheck" ADD CONSTRAINT "StepTokenCheck_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

