-- Issue 17: the library entry's revision a requirement was adopted from, for the change alert.
ALTER TABLE "Requirement" ADD COLUMN "adoptedLibrary" JSONB;
