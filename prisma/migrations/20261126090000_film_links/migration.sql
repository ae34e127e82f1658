-- AlterTable
ALTER TABLE "Film" ADD COLUMN "imdbId" TEXT;
ALTER TABLE "Film" ADD COLUMN "trailerUploadDate" DATETIME;
ALTER TABLE "Film" ADD COLUMN "wikidataId" TEXT;
