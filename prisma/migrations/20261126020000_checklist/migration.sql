-- CreateEnum
CREATE TYPE "StepStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'AWAITING_REVIEW', 'DONE', 'BLOCKED', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "StepCommentKind" AS ENUM ('COMMENT', 'REVIEW_RETURNED', 'REVIEW_APPROVED');

-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "catalogueVersion" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "InstitutionStep" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "stepKey" VARCHAR(8) NOT NULL,
    "status" "StepStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "reason" TEXT,
    "evidence" JSONB NOT NULL DEFAULT '{}',
    "dueDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "InstitutionStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StepComment" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "stepKey" VARCHAR(8) NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "kind" "StepCommentKind" NOT NULL DEFAULT 'COMMENT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StepComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InstitutionStep_institutionId_stepKey_key" ON "InstitutionStep"("institutionId", "stepKey");

-- CreateIndex
CREATE INDEX "StepComment_institutionId_stepKey_createdAt_idx" ON "StepComment"("institutionId", "stepKey", "createdAt");

-- AddForeignKey
ALTER TABLE "InstitutionStep" ADD CONSTRAINT "InstitutionStep_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstitutionStep" ADD CONSTRAINT "InstitutionStep_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepComment" ADD CONSTRAINT "StepComment_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepComment" ADD CONSTRAINT "StepComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

