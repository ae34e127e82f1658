-- Award categories become each awarding body's own list (AwardCategory),
-- named once per locale, instead of a label typed per award and translated
-- per award (AwardTranslation, dropped below after its names are carried over).

-- CreateTable
CREATE TABLE "AwardCategory" (
    "id" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,

    CONSTRAINT "AwardCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardCategoryTranslation" (
    "categoryId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "AwardCategoryTranslation_pkey" PRIMARY KEY ("categoryId","locale")
);

-- CreateIndex
CREATE UNIQUE INDEX "AwardCategory_bodyId_slug_key" ON "AwardCategory"("bodyId", "slug");

-- AddForeignKey
ALTER TABLE "AwardCategory" ADD CONSTRAINT "AwardCategory_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "AwardBody"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardCategoryTranslation" ADD CONSTRAINT "AwardCategoryTranslation_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "AwardCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Award" ADD COLUMN "categoryId" TEXT;

-- CreateIndex
CREATE INDEX "Award_categoryId_idx" ON "Award"("categoryId");

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "AwardCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every distinct English category of a body becomes an entry of its list
-- (keys "category-1", "category-2"… in the order of their English names;
-- admins rename the names, the key never shows), named in each locale as
-- its awards were.
CREATE TEMPORARY TABLE "_AwardCategoryFrom" AS
  SELECT b."id" AS "bodyId", d."category" AS "category",
         ROW_NUMBER() OVER (PARTITION BY b."id" ORDER BY d."category") AS "n"
  FROM (SELECT DISTINCT a."body", t."category" FROM "Award" a JOIN "AwardTranslation" t ON t."awardId" = a."id" AND t."locale" = 'en') d
  JOIN "AwardBody" b ON b."slug" = d."body";
INSERT INTO "AwardCategory" ("id", "bodyId", "slug")
  SELECT 'category-' || "bodyId" || '-' || "n", "bodyId", 'category-' || "n" FROM "_AwardCategoryFrom";
INSERT INTO "AwardCategoryTranslation" ("categoryId", "locale", "name")
  SELECT 'category-' || f."bodyId" || '-' || f."n", t."locale", MIN(t."category")
  FROM "_AwardCategoryFrom" f
  JOIN "AwardBody" b ON b."id" = f."bodyId"
  JOIN "Award" a ON a."body" = b."slug"
  JOIN "AwardTranslation" en ON en."awardId" = a."id" AND en."locale" = 'en' AND en."category" = f."category"
  JOIN "AwardTranslation" t ON t."awardId" = a."id" AND t."category" <> ''
  GROUP BY f."bodyId", f."n", t."locale";
UPDATE "Award" a SET "categoryId" = 'category-' || f."bodyId" || '-' || f."n"
  FROM "_AwardCategoryFrom" f, "AwardBody" b, "AwardTranslation" en
  WHERE b."id" = f."bodyId" AND b."slug" = a."body"
    AND en."awardId" = a."id" AND en."locale" = 'en' AND en."category" = f."category";
DROP TABLE "_AwardCategoryFrom";

-- DropForeignKey
ALTER TABLE "AwardTranslation" DROP CONSTRAINT "AwardTranslation_awardId_fkey";

-- DropTable
DROP TABLE "AwardTranslation";
