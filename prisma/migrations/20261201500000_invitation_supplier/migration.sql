-- An invitation to an institution can be for its supplier's staff: accepting sets User.supplierOrgnr.
ALTER TABLE "Invitation" ADD COLUMN "supplierOrgnr" VARCHAR(9);
