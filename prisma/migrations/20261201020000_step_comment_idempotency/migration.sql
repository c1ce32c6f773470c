-- Issue 13: a double-submitted comment is stored once. Each rendered form carries a key; the
-- second insert with the same (author, key) is skipped (ON CONFLICT DO NOTHING).
-- AlterTable
ALTER TABLE "StepComment" ADD COLUMN     "idempotencyKey" VARCHAR(64);

-- CreateIndex
CREATE UNIQUE INDEX "StepComment_authorId_idempotencyKey_key" ON "StepComment"("authorId", "idempotencyKey");
