-- Issue 14: organisation templates and the dashboard's indexes.
ALTER TABLE "Draft" ADD COLUMN "isTemplate" BOOLEAN NOT NULL DEFAULT false;

CREATE INDEX "Draft_createdById_createdAt_idx" ON "Draft"("createdById", "createdAt");
CREATE INDEX "Draft_organizationId_createdAt_idx" ON "Draft"("organizationId", "createdAt");
CREATE INDEX "Draft_createdById_title_idx" ON "Draft"("createdById", "title");
CREATE INDEX "Draft_organizationId_title_idx" ON "Draft"("organizationId", "title");
CREATE INDEX "Export_draftId_status_createdAt_idx" ON "Export"("draftId", "status", "createdAt");
