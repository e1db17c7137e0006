import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExportFormat } from "@/lib/exports/formats";
import { formatOf } from "@/lib/exports/formats";

// The render queue lives in the Export table itself: a pending export is a
// job, and a worker in any app instance takes it by writing a lease. Every
// write is a compare-and-swap in one UPDATE, atomic on SQLite (one writer)
// and on PostgreSQL (the WHERE is re-checked on the locked row), so two
// workers never hold the same job.
export const maxAttempts = 3;

export type ClaimedExport = { id: string; format: ExportFormat; snapshot: Prisma.JsonValue; attempts: number };

const takeable = (now: Date): Prisma.ExportWhereInput => ({
  status: "pending",
  attempts: { lt: maxAttempts },
  OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
});

// The oldest job nobody holds, or whose holder stopped renewing its lease.
export async function claimExport(owner: string, leaseMs: number, now = new Date()): Promise<ClaimedExport | null> {
  // Another worker may win the race for the same row; then try the next one.
  for (let round = 0; round < 5; round++) {
    const next = await db.export.findFirst({
      where: takeable(now),
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, attempts: true },
    });
    if (!next) return null;
    const { count } = await db.export.updateMany({
      where: { id: next.id, attempts: next.attempts, ...takeable(now) },
      data: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
    });
    if (count === 1) {
      const row = await db.export.findUniqueOrThrow({
        where: { id: next.id },
        select: { id: true, format: true, snapshot: true, attempts: true },
      });
      return { ...row, format: formatOf(row.format) };
    }
  }
  return null;
}

// The holder's heartbeat; false when the lease was lost (the job finished or
// another worker took it after this one stalled).
export async function renewLease(id: string, owner: string, leaseMs: number): Promise<boolean> {
  const { count } = await db.export.updateMany({
    where: { id, leaseOwner: owner, status: "pending" },
    data: { leaseUntil: new Date(Date.now() + leaseMs) },
  });
  return count === 1;
}

// After a failed attempt with attempts left: the job waits until `retryAt`.
export async function releaseForRetry(id: string, owner: string, retryAt: Date): Promise<boolean> {
  const { count } = await db.export.updateMany({
    where: { id, leaseOwner: owner, status: "pending" },
    data: { leaseOwner: null, leaseUntil: retryAt },
  });
  return count === 1;
}

// Jobs whose every attempt died with its instance (no worker could record
// the failure) are failed here, so nobody waits on them for ever.
export async function failAbandonedExports(now = new Date()): Promise<number> {
  const { count } = await db.export.updateMany({
    where: {
      status: "pending",
      attempts: { gte: maxAttempts },
      OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
    },
    data: { status: "failed", error: "render_failed", finishedAt: now, leaseOwner: null },
  });
  return count;
}
