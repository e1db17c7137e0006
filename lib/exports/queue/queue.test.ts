import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDraft } from "@/lib/drafts/mutations";
import { getExportForUser, getExportState } from "@/lib/exports/data";
import { createPendingExport } from "@/lib/exports/mutations";
import { claimExport, failAbandonedExports, maxAttempts, renewLease } from "@/lib/exports/queue/mutations";
import { createExportWorker, type Renderer } from "@/lib/exports/queue/worker";
import { createTestUser } from "@/lib/testing/factories";
import { sampleDocument, sampleSource } from "@/lib/testing/document-fixture";

const fakePdf = new TextEncoder().encode("%PDF-1.3\n<<\n/Type /Page\n>>\n%%EOF");
const snapshot = sampleDocument(sampleSource(2));

async function pendingExport() {
  const owner = await createTestUser();
  const { id: draftId } = await createDraft(owner.id);
  const created = await createPendingExport(owner.id, { draftId, draftVersion: 1, locale: "sv", snapshot });
  if (!created.ok) throw new Error(`setup failed: ${created.reason}`);
  return { userId: owner.id, draftId, exportId: created.data.id };
}

// Only this file's jobs: other test files share nothing, but a job left
// pending by an earlier test here would be claimed first.
async function clearQueue() {
  await db.export.updateMany({ where: { status: "pending" }, data: { status: "failed" } });
}

describe("the export render queue on a real database", () => {
  it("gives a job to exactly one of two workers racing for it", async () => {
    await clearQueue();
    const { exportId } = await pendingExport();
    const claims = await Promise.all([claimExport("a", 15_000), claimExport("b", 15_000)]);
    const won = claims.filter((claim) => claim !== null);
    expect(won).toHaveLength(1);
    expect(won[0]).toMatchObject({ id: exportId, format: "pdf", attempts: 1 });
    expect(won[0]!.snapshot).toEqual(snapshot);
    // While the lease holds nobody else takes it; the holder can renew it.
    expect(await claimExport("c", 15_000)).toBeNull();
    const holder = claims[0] ? "a" : "b";
    expect(await renewLease(exportId, holder, 15_000)).toBe(true);
    expect(await renewLease(exportId, "c", 15_000)).toBe(false);
  });

  it("lets another worker take a job whose holder stopped renewing (the instance died)", async () => {
    await clearQueue();
    const { exportId } = await pendingExport();
    expect(await claimExport("dead-instance", 1_000)).toMatchObject({ id: exportId });
    const later = new Date(Date.now() + 2_000);
    expect(await claimExport("survivor", 15_000, later)).toMatchObject({ id: exportId, attempts: 2 });
    // The dead holder can no longer renew: the lease is the survivor's.
    expect(await renewLease(exportId, "dead-instance", 15_000)).toBe(false);
  });

  it("fails a job whose every attempt died with its instance", async () => {
    await clearQueue();
    const { userId, draftId, exportId } = await pendingExport();
    let now = Date.now();
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      expect(await claimExport(`dying-${attempt}`, 1_000, new Date(now))).toMatchObject({ attempts: attempt });
      now += 2_000;
    }
    expect(await claimExport("next", 1_000, new Date(now))).toBeNull();
    expect(await failAbandonedExports(new Date(now))).toBe(1);
    expect(await getExportState(userId, draftId, exportId)).toMatchObject({ status: "failed", error: "render_failed" });
  });

  it("renders a job through the worker, retrying a failed attempt", async () => {
    await clearQueue();
    const { userId, draftId, exportId } = await pendingExport();
    let calls = 0;
    const flaky: Renderer = () => {
      calls += 1;
      if (calls === 1) return Promise.reject(new Error("worker thread crashed"));
      return Promise.resolve({ bytes: fakePdf, renderMs: 3 });
    };
    const worker = createExportWorker({ owner: "w", render: flaky, pollMs: 60_000 });
    try {
      worker.wake();
      await worker.idle();
      // The first attempt failed and the job waits for its retry time.
      expect(await getExportState(userId, draftId, exportId)).toMatchObject({ status: "pending" });
      await db.export.update({ where: { id: exportId }, data: { leaseUntil: new Date(Date.now() - 1) } });
      worker.wake();
      await worker.idle();
    } finally {
      worker.stop();
    }
    expect(calls).toBe(2);
    expect(await getExportState(userId, draftId, exportId)).toMatchObject({ status: "ready" });
    const stored = await getExportForUser(userId, draftId, exportId);
    expect(Buffer.from(stored!.bytes).equals(Buffer.from(fakePdf))).toBe(true);
  });

  it("stores a failure with its reason once the attempts are used up, leaving the draft untouched", async () => {
    await clearQueue();
    const { userId, draftId, exportId } = await pendingExport();
    const before = await db.draft.findUniqueOrThrow({ where: { id: draftId } });
    await db.export.update({ where: { id: exportId }, data: { attempts: maxAttempts - 1 } });
    const broken: Renderer = () => Promise.reject(new Error("fontkit exploded"));
    const worker = createExportWorker({ owner: "w2", render: broken, pollMs: 60_000 });
    try {
      worker.wake();
      await worker.idle();
    } finally {
      worker.stop();
    }
    expect(await getExportState(userId, draftId, exportId)).toMatchObject({ status: "failed", error: "render_failed" });
    expect(await db.draft.findUniqueOrThrow({ where: { id: draftId } })).toEqual(before);
  });
});
