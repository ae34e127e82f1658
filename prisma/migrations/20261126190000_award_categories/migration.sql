-- Award categories become each awarding body's own list (AwardCategory),
-- named once per locale, instead of a label typed per award and translated
-- per award (AwardTranslation, dropped below after its names are carried over).

-- CreateTable
CREATE TABLE "AwardCategory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bodyId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    CONSTRAINT "AwardCategory_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "AwardBody" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AwardCategoryTranslation" (
    "categoryId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    PRIMARY KEY ("categoryId", "locale"),
    CONSTRAINT "AwardCategoryTranslation_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "AwardCategory" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "AwardCategory_bodyId_slug_key" ON "AwardCategory"("bodyId", "slug");

-- Every distinct English category of a body becomes an entry of its list
-- (keys "category-1", "category-2"… in the order of their English names;
-- admins rename the names, the key never shows), named in each locale as
-- its awards were.
CREATE TABLE "_AwardCategoryFrom" AS
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

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Award" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "filmId" TEXT NOT NULL,
    "personId" TEXT,
    "body" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "edition" INTEGER,
    "categoryId" TEXT,
    "result" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Award_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Award_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Award_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "AwardCategory" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Award" ("body", "edition", "filmId", "id", "personId", "position", "result", "year", "categoryId")
  SELECT a."body", a."edition", a."filmId", a."id", a."personId", a."position", a."result", a."year",
    (SELECT 'category-' || f."bodyId" || '-' || f."n"
       FROM "_AwardCategoryFrom" f JOIN "AwardBody" b ON b."id" = f."bodyId" JOIN "AwardTranslation" en ON en."awardId" = a."id" AND en."locale" = 'en'
      WHERE b."slug" = a."body" AND f."category" = en."category")
  FROM "Award" a;
DROP TABLE "Award";
ALTER TABLE "new_Award" RENAME TO "Award";
CREATE INDEX "Award_filmId_position_idx" ON "Award"("filmId", "position");
CREATE INDEX "Award_personId_filmId_idx" ON "Award"("personId", "filmId");
CREATE INDEX "Award_categoryId_idx" ON "Award"("categoryId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- DropTable
DROP TABLE "_AwardCategoryFrom";
DROP TABLE "AwardTranslation";
