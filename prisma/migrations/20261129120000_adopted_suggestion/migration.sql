-- Provenance of a requirement adopted from a catalog suggestion: its texts and
-- catalog revision at adoption (issue 12, change alerts).
ALTER TABLE "Requirement" ADD COLUMN "adoptedSuggestion" JSONB;
