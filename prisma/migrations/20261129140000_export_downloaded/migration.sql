-- First download of an export: pruning keeps every downloaded export.
ALTER TABLE "Export" ADD COLUMN "downloadedAt" DATETIME;
