-- Issue 17: the uppföljningsplan (edits and done marks per requirement) and the contract start.
ALTER TABLE "Draft" ADD COLUMN "contractStart" DATETIME;

CREATE TABLE "FollowUpItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requirementId" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "what" TEXT,
    "how" TEXT,
    "timing" TEXT,
    "role" TEXT,
    "doneAt" DATETIME,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FollowUpItem_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "Requirement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUpItem_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE UNIQUE INDEX "FollowUpItem_requirementId_key" ON "FollowUpItem"("requirementId");
CREATE INDEX "FollowUpItem_draftId_idx" ON "FollowUpItem"("draftId");
