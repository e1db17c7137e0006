-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AuditEvent" ("action", "actorId", "createdAt", "details", "id", "organizationId", "targetId", "targetType") SELECT "action", "actorId", "createdAt", "details", "id", "organizationId", "targetId", "targetType" FROM "AuditEvent";
DROP TABLE "AuditEvent";
ALTER TABLE "new_AuditEvent" RENAME TO "AuditEvent";
CREATE INDEX "AuditEvent_organizationId_createdAt_idx" ON "AuditEvent"("organizationId", "createdAt");
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");
CREATE TABLE "new_Draft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdById" TEXT,
    "organizationId" TEXT,
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
    CONSTRAINT "Draft_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Draft_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Draft" ("answers", "completedSteps", "context", "createdAt", "createdById", "deletedAt", "id", "nextNumberAm", "nextNumberJu", "nextNumberKn", "nextNumberOr", "organizationId", "status", "title", "updatedAt", "version") SELECT "answers", "completedSteps", "context", "createdAt", "createdById", "deletedAt", "id", "nextNumberAm", "nextNumberJu", "nextNumberKn", "nextNumberOr", "organizationId", "status", "title", "updatedAt", "version" FROM "Draft";
DROP TABLE "Draft";
ALTER TABLE "new_Draft" RENAME TO "Draft";
CREATE INDEX "Draft_createdById_updatedAt_idx" ON "Draft"("createdById", "updatedAt");
CREATE INDEX "Draft_organizationId_updatedAt_idx" ON "Draft"("organizationId", "updatedAt");
CREATE TABLE "new_Requirement" (
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
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Requirement_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Requirement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Requirement" ("createdAt", "createdById", "draftId", "id", "kravtyp", "level", "modelIds", "motiv", "number", "perspective", "position", "suggestionId", "text", "updatedAt", "uppfoljning", "verifikat", "weight") SELECT "createdAt", "createdById", "draftId", "id", "kravtyp", "level", "modelIds", "motiv", "number", "perspective", "position", "suggestionId", "text", "updatedAt", "uppfoljning", "verifikat", "weight" FROM "Requirement";
DROP TABLE "Requirement";
ALTER TABLE "new_Requirement" RENAME TO "Requirement";
CREATE INDEX "Requirement_draftId_perspective_position_idx" ON "Requirement"("draftId", "perspective", "position");
CREATE UNIQUE INDEX "Requirement_draftId_perspective_number_key" ON "Requirement"("draftId", "perspective", "number");
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
    "createdById" TEXT,
    CONSTRAINT "Export_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Export_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Export" ("bytes", "createdAt", "createdById", "draftId", "draftVersion", "error", "finishedAt", "format", "id", "locale", "pageCount", "renderMs", "sha256", "sizeBytes", "snapshot", "status") SELECT "bytes", "createdAt", "createdById", "draftId", "draftVersion", "error", "finishedAt", "format", "id", "locale", "pageCount", "renderMs", "sha256", "sizeBytes", "snapshot", "status" FROM "Export";
DROP TABLE "Export";
ALTER TABLE "new_Export" RENAME TO "Export";
CREATE INDEX "Export_draftId_createdAt_idx" ON "Export"("draftId", "createdAt");
CREATE TABLE "new_DraftRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "draftId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "reason" TEXT NOT NULL DEFAULT 'save',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    CONSTRAINT "DraftRevision_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DraftRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_DraftRevision" ("createdAt", "createdById", "draftId", "id", "reason", "snapshot", "version") SELECT "createdAt", "createdById", "draftId", "id", "reason", "snapshot", "version" FROM "DraftRevision";
DROP TABLE "DraftRevision";
ALTER TABLE "new_DraftRevision" RENAME TO "DraftRevision";
CREATE INDEX "DraftRevision_draftId_createdAt_idx" ON "DraftRevision"("draftId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

