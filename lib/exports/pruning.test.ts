import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createDraft } from "@/lib/drafts/mutations";
import { resetEnvForTests } from "@/lib/env";
import { completeExport, createPendingExport, markExportDownloaded } from "@/lib/exports/mutations";
import { sampleDocument, sampleSource } from "@/lib/testing/document-fixture";
import { createTestUser } from "@/lib/testing/factories";

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});

// Issue 10: beyond the newest N exports of a draft, finished exports that
// nobody downloaded are removed; downloaded ones stay.
describe("export pruning", () => {
  it("keeps the newest N and every downloaded export", async () => {
    vi.stubEnv("EXPORTS_KEPT_PER_DRAFT", "3");
    resetEnvForTests();
    const user = await createTestUser();
    const { id: draftId } = await createDraft(user.id);
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const created = await createPendingExport(user.id, {
        draftId,
        draftVersion: 1,
        locale: "sv",
        snapshot: sampleDocument(sampleSource(2)),
      });
      if (!created.ok) throw new Error("no export");
      ids.push(created.data.id);
      await completeExport(created.data.id, new Uint8Array(Buffer.from(`fil ${i}`)), 5);
      if (i === 0) await markExportDownloaded(created.data.id);
      // createdAt orders them; keep them apart.
      await db.export.update({
        where: { id: created.data.id },
        data: { createdAt: new Date(Date.UTC(2026, 0, 1, i)) },
      });
    }
    const left = await db.export.findMany({ where: { draftId }, orderBy: { createdAt: "asc" }, select: { id: true } });
    // The newest three, plus the first (downloaded).
    expect(left.map((e) => e.id)).toEqual([ids[0], ids[3], ids[4], ids[5]]);
  });
});
