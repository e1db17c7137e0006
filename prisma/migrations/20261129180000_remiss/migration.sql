-- Issue 17: remiss (consultation round) with reviewers and comments; a note on a revision.
ALTER TABLE "DraftRevision" ADD COLUMN "note" TEXT;

CREATE TABLE "Remiss" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "draftId" TEXT NOT NULL,
    "draftVersion" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "targets" JSONB NOT NULL,
    "deadline" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "closedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Remiss_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "Remiss_draftId_createdAt_idx" ON "Remiss"("draftId", "createdAt");

CREATE TABLE "RemissReviewer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "remissId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "role" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "userId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RemissReviewer_remissId_fkey" FOREIGN KEY ("remissId") REFERENCES "Remiss" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "RemissReviewer_tokenHash_key" ON "RemissReviewer"("tokenHash");
CREATE INDEX "RemissReviewer_remissId_idx" ON "RemissReviewer"("remissId");
CREATE INDEX "RemissReviewer_userId_idx" ON "RemissReviewer"("userId");

CREATE TABLE "RemissComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "remissId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "requirementId" TEXT,
    "code" TEXT,
    "perspective" TEXT,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "proposedText" TEXT,
    "answer" TEXT NOT NULL DEFAULT '',
    "decision" TEXT,
    "decisionReason" TEXT NOT NULL DEFAULT '',
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RemissComment_remissId_fkey" FOREIGN KEY ("remissId") REFERENCES "Remiss" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RemissComment_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "RemissReviewer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "RemissComment_remissId_createdAt_idx" ON "RemissComment"("remissId", "createdAt");
CREATE INDEX "RemissComment_requirementId_idx" ON "RemissComment"("requirementId");
