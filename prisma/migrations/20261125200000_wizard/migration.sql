-- CreateTable
CREATE TABLE "Requirement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "draftId" TEXT NOT NULL,
    "perspective" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "kravtyp" TEXT NOT NULL,
    "motiv" TEXT NOT NULL DEFAULT '',
    "verifikat" TEXT NOT NULL DEFAULT '',
    "uppfoljning" TEXT NOT NULL DEFAULT '',
    "weight" INTEGER,
    "suggestionId" TEXT,
    "modelIds" JSONB NOT NULL DEFAULT '[]',
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Requirement_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Requirement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DismissedSuggestion" (
    "draftId" TEXT NOT NULL,
    "suggestionId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("draftId", "suggestionId"),
    CONSTRAINT "DismissedSuggestion_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Draft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdById" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "context" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "completedSteps" JSONB NOT NULL DEFAULT '[]',
    "nextNumberKn" INTEGER NOT NULL DEFAULT 1,
    "nextNumberJu" INTEGER NOT NULL DEFAULT 1,
    "nextNumberAm" INTEGER NOT NULL DEFAULT 1,
    "nextNumberOr" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Draft_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Draft" ("context", "createdAt", "createdById", "id", "status", "title", "updatedAt", "version") SELECT "context", "createdAt", "createdById", "id", "status", "title", "updatedAt", "version" FROM "Draft";
DROP TABLE "Draft";
ALTER TABLE "new_Draft" RENAME TO "Draft";
CREATE INDEX "Draft_createdById_updatedAt_idx" ON "Draft"("createdById", "updatedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Requirement_draftId_perspective_position_idx" ON "Requirement"("draftId", "perspective", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Requirement_draftId_perspective_number_key" ON "Requirement"("draftId", "perspective", "number");

