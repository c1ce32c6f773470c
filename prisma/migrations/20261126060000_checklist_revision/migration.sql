-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "checklistRevision" INTEGER NOT NULL DEFAULT 0;


-- Every write to an institution's steps or step comments bumps its checklistRevision, in the
-- same transaction, whoever writes (use-cases, seeds, SQL). The overview's per-institution
-- summary cache is keyed by it, so a cached summary can never outlive the data it came from.
CREATE FUNCTION bump_checklist_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Institution" SET "checklistRevision" = "checklistRevision" + 1
    WHERE "id" = CASE WHEN TG_OP = 'DELETE' THEN OLD."institutionId" ELSE NEW."institutionId" END;
  IF TG_OP = 'UPDATE' AND OLD."institutionId" IS DISTINCT FROM NEW."institutionId" THEN
    UPDATE "Institution" SET "checklistRevision" = "checklistRevision" + 1 WHERE "id" = OLD."institutionId";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "InstitutionStep_bump_checklist_revision" AFTER INSERT OR UPDATE OR DELETE ON "InstitutionStep"
  FOR EACH ROW EXECUTE FUNCTION bump_checklist_revision();

CREATE TRIGGER "StepComment_bump_checklist_revision" AFTER INSERT OR UPDATE OR DELETE ON "StepComment"
  FOR EACH ROW EXECUTE FUNCTION bump_checklist_revision();
