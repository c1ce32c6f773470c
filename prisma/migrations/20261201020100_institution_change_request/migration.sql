-- Issue 13: org number, BLP membership and the supplier decide which steps apply; an owner asks
-- for a change, a coordinator approves (applying it) or rejects it in the Bits queue.
-- CreateEnum
CREATE TYPE "ChangeRequestStatus" AS ENUM ('OPEN', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "InstitutionChangeRequest" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "proposed" JSONB NOT NULL,
    "current" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "status" "ChangeRequestStatus" NOT NULL DEFAULT 'OPEN',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InstitutionChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InstitutionChangeRequest_status_createdAt_idx" ON "InstitutionChangeRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "InstitutionChangeRequest_institutionId_status_idx" ON "InstitutionChangeRequest"("institutionId", "status");

-- AddForeignKey
ALTER TABLE "InstitutionChangeRequest" ADD CONSTRAINT "InstitutionChangeRequest_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstitutionChangeRequest" ADD CONSTRAINT "InstitutionChangeRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstitutionChangeRequest" ADD CONSTRAINT "InstitutionChangeRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- At most one open request per institution (a second one is refused, not queued).
CREATE UNIQUE INDEX "InstitutionChangeRequest_one_open" ON "InstitutionChangeRequest"("institutionId") WHERE status = 'OPEN';
