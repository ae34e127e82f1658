-- CreateTable
CREATE TABLE "AwardBody" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "AwardBodyTranslation" (
    "bodyId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    PRIMARY KEY ("bodyId", "locale"),
    CONSTRAINT "AwardBodyTranslation_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "AwardBody" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "AwardBody_slug_key" ON "AwardBody"("slug");

-- Every body awards already name becomes a list entry, named in each locale
-- as its awards were (a name that is only the key is no name).
INSERT INTO "AwardBody" ("id", "slug") SELECT 'body-' || "body", "body" FROM "Award" GROUP BY "body";
INSERT INTO "AwardBodyTranslation" ("bodyId", "locale", "name")
  SELECT 'body-' || a."body", t."locale", MIN(t."bodyName")
  FROM "AwardTranslation" t JOIN "Award" a ON a."id" = t."awardId"
  WHERE t."bodyName" <> a."body" AND t."bodyName" <> ''
  GROUP BY a."body", t."locale";
