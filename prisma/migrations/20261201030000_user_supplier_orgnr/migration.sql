-- AlterTable
ALTER TABLE "User" ADD COLUMN     "supplierOrgnr" VARCHAR(9);
