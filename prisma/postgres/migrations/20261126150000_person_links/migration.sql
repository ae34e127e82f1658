-- A person's pages elsewhere (JSON-LD sameAs), both optional.
ALTER TABLE "Person" ADD COLUMN "wikidataId" TEXT;
ALTER TABLE "Person" ADD COLUMN "imdbId" TEXT;
