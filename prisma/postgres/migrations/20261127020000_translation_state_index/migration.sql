-- The editors' list counts and pages a locale's translations in one state
-- from this index alone (lib/editorial/review-list.ts).

-- DropIndex
DROP INDEX "ReviewTranslation_locale_status_publishedAt_idx";

-- CreateIndex
CREATE INDEX "ReviewTranslation_locale_status_publishedAt_outdated_filmId_idx" ON "ReviewTranslation"("locale", "status", "publishedAt", "outdated", "filmId");
