-- Issue 17: the organisation's requirement library, and a requirement's provenance from it.
ALTER TABLE "Requirement" ADD COLUMN "libraryEntryId" TEXT;

CREATE TABLE "LibraryEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "perspective" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "kravtyp" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "motiv" TEXT NOT NULL DEFAULT '',
    "verifikat" TEXT NOT NULL DEFAULT '',
    "uppfoljning" TEXT NOT NULL DEFAULT '',
    "tags" JSONB NOT NULL DEFAULT '[]',
    "sourceDraftId" TEXT,
    "sourceDraftTitle" TEXT NOT NULL DEFAULT '',
    "sourceCode" TEXT NOT NULL DEFAULT '',
    "suggestionId" TEXT,
    "modelIds" JSONB NOT NULL DEFAULT '[]',
    "adoptedSuggestion" JSONB,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "LibraryEntry_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "LibraryEntry_organizationId_perspective_idx" ON "LibraryEntry"("organizationId", "perspective");
