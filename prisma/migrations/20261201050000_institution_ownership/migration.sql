-- Ownership (issue 15): the responsible Bits coordinator and the institution's main contact
ALTER TABLE "Institution" ADD COLUMN "responsibleCoordinatorId" TEXT;
ALTER TABLE "Institution" ADD COLUMN "mainContactUserId" TEXT;

CREATE INDEX "Institution_responsibleCoordinatorId_idx" ON "Institution"("responsibleCoordinatorId");

ALTER TABLE "Institution" ADD CONSTRAINT "Institution_responsibleCoordinatorId_fkey" FOREIGN KEY ("responsibleCoordinatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Institution" ADD CONSTRAINT "Institution_mainContactUserId_fkey" FOREIGN KEY ("mainContactUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
