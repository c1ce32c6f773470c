-- CreateTable
CREATE TABLE "SandboxCall" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "tokenId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "method" VARCHAR(10) NOT NULL,
    "path" VARCHAR(300) NOT NULL,
    "operation" VARCHAR(40),
    "status" INTEGER NOT NULL,
    "kode" VARCHAR(20),
    "format" VARCHAR(4) NOT NULL,
    "korrelasjonsid" VARCHAR(40) NOT NULL,
    "detail" JSONB,

    CONSTRAINT "SandboxCall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationTestRun" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "startedBy" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "report" JSONB,
    "reportedBy" TEXT,
    "reportedAt" TIMESTAMP(3),
    "allRequiredPassed" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "IntegrationTestRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SandboxCall_institutionId_at_idx" ON "SandboxCall"("institutionId", "at");

-- CreateIndex
CREATE INDEX "IntegrationTestRun_institutionId_startedAt_idx" ON "IntegrationTestRun"("institutionId", "startedAt");

-- AddForeignKey
ALTER TABLE "SandboxCall" ADD CONSTRAINT "SandboxCall_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationTestRun" ADD CONSTRAINT "IntegrationTestRun_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;
