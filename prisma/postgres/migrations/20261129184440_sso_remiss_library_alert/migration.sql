-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "signInMethod" TEXT NOT NULL DEFAULT 'password';

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "requireSso" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Requirement" ADD COLUMN     "adoptedLibrary" JSONB;

-- AlterTable
ALTER TABLE "DraftRevision" ADD COLUMN     "note" TEXT;

-- CreateTable
CREATE TABLE "Remiss" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "draftVersion" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "targets" JSONB NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "closedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Remiss_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RemissReviewer" (
    "id" TEXT NOT NULL,
    "remissId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "role" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "userId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RemissReviewer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RemissComment" (
    "id" TEXT NOT NULL,
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
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RemissComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Remiss_draftId_createdAt_idx" ON "Remiss"("draftId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RemissReviewer_tokenHash_key" ON "RemissReviewer"("tokenHash");

-- CreateIndex
CREATE INDEX "RemissReviewer_remissId_idx" ON "RemissReviewer"("remissId");

-- CreateIndex
CREATE INDEX "RemissReviewer_userId_idx" ON "RemissReviewer"("userId");

-- CreateIndex
CREATE INDEX "RemissComment_remissId_createdAt_idx" ON "RemissComment"("remissId", "createdAt");

-- CreateIndex
CREATE INDEX "RemissComment_requirementId_idx" ON "RemissComment"("requirementId");

-- AddForeignKey
ALTER TABLE "Remiss" ADD CONSTRAINT "Remiss_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemissReviewer" ADD CONSTRAINT "RemissReviewer_remissId_fkey" FOREIGN KEY ("remissId") REFERENCES "Remiss"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemissComment" ADD CONSTRAINT "RemissComment_remissId_fkey" FOREIGN KEY ("remissId") REFERENCES "Remiss"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemissComment" ADD CONSTRAINT "RemissComment_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "RemissReviewer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

