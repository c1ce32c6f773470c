
-- CreateTable
CREATE TABLE "Institution" (
    "id" TEXT NOT NULL,
    "orgnr" VARCHAR(9) NOT NULL,
    "name" TEXT NOT NULL,
    "blpMember" BOOLEAN NOT NULL DEFAULT false,
    "supplierOrgnr" VARCHAR(9),
    "supplierName" TEXT,
    "targetProductionDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "institutionId" TEXT,
    "action" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Institution_orgnr_key" ON "Institution"("orgnr");

-- CreateIndex
CREATE INDEX "AuditEvent_institutionId_at_idx" ON "AuditEvent"("institutionId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Org numbers are 9 digits (the modulus-11 check runs in the app before every write).
ALTER TABLE "Institution" ADD CONSTRAINT "Institution_orgnr_format" CHECK ("orgnr" ~ '^[0-9]{9}$');
ALTER TABLE "Institution" ADD CONSTRAINT "Institution_supplierOrgnr_format" CHECK ("supplierOrgnr" IS NULL OR "supplierOrgnr" ~ '^[0-9]{9}$');

-- The audit trail is append-only: the database itself refuses UPDATE and DELETE.
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only (% refused)', TG_OP;
END;
$$;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
