-- CreateTable
CREATE TABLE "SandboxToken" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" VARCHAR(8) NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "SandboxToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxAgreement" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "opplysningspliktig" VARCHAR(9) NOT NULL,
    "avtalereferanse" VARCHAR(4000) NOT NULL,
    "referenceHash" VARCHAR(64) NOT NULL,
    "fraOgMed" VARCHAR(7) NOT NULL,
    "tilOgMed" VARCHAR(7),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SandboxAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxEmployerMonths" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "opplysningspliktig" VARCHAR(9) NOT NULL,
    "months" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SandboxEmployerMonths_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SandboxToken_tokenHash_key" ON "SandboxToken"("tokenHash");

-- CreateIndex
CREATE INDEX "SandboxToken_institutionId_createdAt_idx" ON "SandboxToken"("institutionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxAgreement_institutionId_opplysningspliktig_reference_key" ON "SandboxAgreement"("institutionId", "opplysningspliktig", "referenceHash");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxEmployerMonths_institutionId_opplysningspliktig_key" ON "SandboxEmployerMonths"("institutionId", "opplysningspliktig");

-- AddForeignKey
ALTER TABLE "SandboxToken" ADD CONSTRAINT "SandboxToken_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SandboxAgreement" ADD CONSTRAINT "SandboxAgreement_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SandboxEmployerMonths" ADD CONSTRAINT "SandboxEmployerMonths_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

