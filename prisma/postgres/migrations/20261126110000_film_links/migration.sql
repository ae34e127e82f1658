-- AlterTable
ALTER TABLE "Film" ADD COLUMN     "imdbId" TEXT,
ADD COLUMN     "trailerUploadDate" TIMESTAMP(3),
ADD COLUMN     "wikidataId" TEXT;
