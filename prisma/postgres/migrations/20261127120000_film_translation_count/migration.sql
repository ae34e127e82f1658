-- How many locales each film has a translation in, derived by every write
-- (lib/editorial/film-change.ts): the editors' list finds films missing a
-- language from this column and its index instead of one probe per locale.

-- AlterTable
ALTER TABLE "Film" ADD COLUMN "translationCount" INTEGER NOT NULL DEFAULT 0;

-- Backfill
UPDATE "Film" SET "translationCount" = (SELECT COUNT(*) FROM "ReviewTranslation" t WHERE t."filmId" = "Film"."id");

-- CreateIndex
CREATE INDEX "Film_deletedAt_translationCount_idx" ON "Film"("deletedAt", "translationCount");
