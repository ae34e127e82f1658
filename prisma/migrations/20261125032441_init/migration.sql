-- CreateTable
CREATE TABLE "Film" (
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
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "FilmCountry" (
    "filmId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("filmId", "code"),
    CONSTRAINT "FilmCountry_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Genre" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "GenreTranslation" (
    "genreId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    PRIMARY KEY ("genreId", "locale"),
    CONSTRAINT "GenreTranslation_genreId_fkey" FOREIGN KEY ("genreId") REFERENCES "Genre" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FilmGenre" (
    "filmId" TEXT NOT NULL,
    "genreId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("filmId", "genreId"),
    CONSTRAINT "FilmGenre_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FilmGenre_genreId_fkey" FOREIGN KEY ("genreId") REFERENCES "Genre" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "PersonTranslation" (
    "personId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    PRIMARY KEY ("personId", "locale"),
    CONSTRAINT "PersonTranslation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Credit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "filmId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "character" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Credit_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Credit_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CreditTranslation" (
    "creditId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "character" TEXT NOT NULL,

    PRIMARY KEY ("creditId", "locale"),
    CONSTRAINT "CreditTranslation_creditId_fkey" FOREIGN KEY ("creditId") REFERENCES "Credit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Award" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "filmId" TEXT NOT NULL,
    "personId" TEXT,
    "body" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "edition" INTEGER,
    "result" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Award_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Award_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AwardTranslation" (
    "awardId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "bodyName" TEXT NOT NULL,
    "category" TEXT NOT NULL,

    PRIMARY KEY ("awardId", "locale"),
    CONSTRAINT "AwardTranslation_awardId_fkey" FOREIGN KEY ("awardId") REFERENCES "Award" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewTranslation" (
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
    "sourceVersion" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReviewTranslation_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Film_slug_key" ON "Film"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Genre_slug_key" ON "Genre"("slug");

-- CreateIndex
CREATE INDEX "FilmGenre_genreId_idx" ON "FilmGenre"("genreId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE INDEX "Credit_filmId_role_position_idx" ON "Credit"("filmId", "role", "position");

-- CreateIndex
CREATE INDEX "Credit_personId_idx" ON "Credit"("personId");

-- CreateIndex
CREATE INDEX "Award_filmId_position_idx" ON "Award"("filmId", "position");

-- CreateIndex
CREATE INDEX "ReviewTranslation_locale_status_publishedAt_idx" ON "ReviewTranslation"("locale", "status", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewTranslation_filmId_locale_key" ON "ReviewTranslation"("filmId", "locale");
