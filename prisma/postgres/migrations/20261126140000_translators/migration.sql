-- AlterTable
ALTER TABLE "user" ADD COLUMN     "translatorLocales" TEXT NOT NULL DEFAULT '';
