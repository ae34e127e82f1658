-- AlterTable
ALTER TABLE "ReviewTranslation" ADD COLUMN "posterAlt" TEXT;


