-- AlterTable
ALTER TABLE "Film" ADD COLUMN "criticName" TEXT;

-- AlterTable
ALTER TABLE "ReviewTranslation" ADD COLUMN "seoDescription" TEXT;
ALTER TABLE "ReviewTranslation" ADD COLUMN "seoTitle" TEXT;


