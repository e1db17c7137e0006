-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Export" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "draftId" TEXT NOT NULL,
    "draftVersion" INTEGER NOT NULL,
    "format" TEXT NOT NULL DEFAULT 'pdf',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "error" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'sv',
    "snapshot" JSONB NOT NULL DEFAULT '{}',
    "bytes" BLOB,
    "sha256" TEXT,
    "sizeBytes" INTEGER,
    "pageCount" INTEGER,
    "renderMs" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    CONSTRAINT "Export_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Export_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Exports made before this migration were rendered in the request: ready.
INSERT INTO "new_Export" ("bytes", "createdAt", "createdById", "draftId", "draftVersion", "format", "id", "pageCount", "sha256", "sizeBytes", "status", "finishedAt") SELECT "bytes", "createdAt", "createdById", "draftId", "draftVersion", "format", "id", "pageCount", "sha256", "sizeBytes", 'ready', "createdAt" FROM "Export";
DROP TABLE "Export";
ALTER TABLE "new_Export" RENAME TO "Export";
CREATE INDEX "Export_draftId_createdAt_idx" ON "Export"("draftId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

