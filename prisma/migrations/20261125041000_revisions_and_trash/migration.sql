-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "filmId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "locale" TEXT,
    "version" INTEGER NOT NULL,
    "snapshot" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Film" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "originalTitle" TEXT NOT NULL,
    "originalLang" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "runtimeMinutes" INTEGER NOT NULL,
    "ratingHalves" INTEGER,
    "sourceKind" TEXT,
    "sourceTitle" TEXT,
    "sourceYear" INTEGER,
    "trailerProvider" TEXT,
    "trailerVideoId" TEXT,
    "trailerTitle" TEXT,
    "posterPath" TEXT,
    "sourceLocale" TEXT NOT NULL DEFAULT 'en',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT,
    "deletedAt" DATETIME,
    CONSTRAINT "Film_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Film" ("createdAt", "id", "originalLang", "originalTitle", "posterPath", "ratingHalves", "runtimeMinutes", "slug", "sourceKind", "sourceLocale", "sourceTitle", "sourceYear", "trailerProvider", "trailerTitle", "trailerVideoId", "updatedAt", "version", "year") SELECT "createdAt", "id", "originalLang", "originalTitle", "posterPath", "ratingHalves", "runtimeMinutes", "slug", "sourceKind", "sourceLocale", "sourceTitle", "sourceYear", "trailerProvider", "trailerTitle", "trailerVideoId", "updatedAt", "version", "year" FROM "Film";
DROP TABLE "Film";
ALTER TABLE "new_Film" RENAME TO "Film";
CREATE UNIQUE INDEX "Film_slug_key" ON "Film"("slug");
CREATE TABLE "new_ReviewTranslation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "filmId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "title" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "synopsis" TEXT NOT NULL,
    "commentary" TEXT NOT NULL,
    "contentWarning" TEXT,
    "musicNotes" TEXT,
    "publishedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "textVersion" INTEGER NOT NULL DEFAULT 1,
    "sourceVersion" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT,
    CONSTRAINT "ReviewTranslation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReviewTranslation_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ReviewTranslation" ("commentary", "contentWarning", "createdAt", "excerpt", "filmId", "id", "locale", "musicNotes", "publishedAt", "sourceVersion", "status", "synopsis", "title", "updatedAt", "version") SELECT "commentary", "contentWarning", "createdAt", "excerpt", "filmId", "id", "locale", "musicNotes", "publishedAt", "sourceVersion", "status", "synopsis", "title", "updatedAt", "version" FROM "ReviewTranslation";
DROP TABLE "ReviewTranslation";
ALTER TABLE "new_ReviewTranslation" RENAME TO "ReviewTranslation";
CREATE INDEX "ReviewTranslation_locale_status_publishedAt_idx" ON "ReviewTranslation"("locale", "status", "publishedAt");
CREATE UNIQUE INDEX "ReviewTranslation_filmId_locale_key" ON "ReviewTranslation"("filmId", "locale");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Revision_filmId_kind_locale_version_idx" ON "Revision"("filmId", "kind", "locale", "version");


