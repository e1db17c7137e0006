-- A pending export is a job of the render queue (lib/exports/queue.ts).
ALTER TABLE "Export" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Export" ADD COLUMN "leaseOwner" TEXT;
ALTER TABLE "Export" ADD COLUMN "leaseUntil" DATETIME;
CREATE INDEX "Export_status_leaseUntil_idx" ON "Export"("status", "leaseUntil");

-- Shared rate-limit counters (lib/limits/rate-store.ts).
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL,
    "expire" DATETIME
);
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");
