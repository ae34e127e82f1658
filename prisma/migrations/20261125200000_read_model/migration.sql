-- DropIndex
DROP INDEX "Credit_personId_idx";

-- AlterTable
ALTER TABLE "Film" ADD COLUMN "listedAt" DATETIME;
ALTER TABLE "Film" ADD COLUMN "titles" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "SearchQueue" (
    "filmId" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "SearchQueue_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Award_personId_filmId_idx" ON "Award"("personId", "filmId");

-- CreateIndex
CREATE INDEX "Credit_personId_filmId_idx" ON "Credit"("personId", "filmId");

-- CreateIndex
CREATE INDEX "Film_listedAt_slug_idx" ON "Film"("listedAt" DESC, "slug");

-- CreateIndex
CREATE INDEX "Film_year_listedAt_slug_idx" ON "Film"("year", "listedAt" DESC, "slug");

-- CreateIndex
CREATE INDEX "Film_deletedAt_updatedAt_slug_id_idx" ON "Film"("deletedAt", "updatedAt" DESC, "slug", "id");



-- AlterTable
ALTER TABLE "ReviewTranslation" ADD COLUMN "outdated" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "ReviewTranslation_filmId_locale_status_outdated_publishedAt_idx" ON "ReviewTranslation"("filmId", "locale", "status", "outdated", "publishedAt");

-- Backfill: translations made from an older version of their film's source text.
UPDATE "ReviewTranslation" SET "outdated" = true
WHERE "sourceVersion" IS NOT NULL
  AND "locale" <> (SELECT f."sourceLocale" FROM "Film" f WHERE f."id" = "ReviewTranslation"."filmId")
  AND "sourceVersion" < (
    SELECT s."textVersion" FROM "ReviewTranslation" s JOIN "Film" f ON f."id" = s."filmId"
    WHERE s."filmId" = "ReviewTranslation"."filmId" AND s."locale" = f."sourceLocale"
  );

-- Backfill: a film is listed from its first published translation on.
UPDATE "Film" SET "listedAt" = (
    SELECT MIN(t."publishedAt") FROM "ReviewTranslation" t
    WHERE t."filmId" = "Film"."id" AND t."status" = 'published' AND t."publishedAt" IS NOT NULL
) WHERE "deletedAt" IS NULL;

-- Backfill: every title of a film, one per line, for the editors' title filter.
UPDATE "Film" SET "titles" = "originalTitle" || COALESCE(
    (SELECT char(10) || group_concat(t."title", char(10)) FROM "ReviewTranslation" t WHERE t."filmId" = "Film"."id"), '');

-- Every film gets its search entries written from the new index on.
INSERT INTO "SearchQueue" ("filmId") SELECT "id" FROM "Film";
