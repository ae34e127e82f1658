-- AlterTable
ALTER TABLE "Revision" ADD COLUMN "textVersion" INTEGER;
