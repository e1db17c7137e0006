import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDraft, recordRevision } from "@/lib/drafts/mutations";
import { revisionKeepAllMs } from "@/lib/drafts/snapshot";
import { createTestUser } from "@/lib/testing/factories";

const hour = 60 * 60 * 1000;

// Issue 10: all revisions of the last 24 hours stay; before that, one per
// Swedish calendar day (the newest of that day).
describe("revision thinning", () => {
  it("keeps the last day whole and the newest revision of each earlier day", async () => {
    const user = await createTestUser();
    const { id } = await createDraft(user.id);
    const now = new Date("2026-11-20T12:00:00Z");
    // Three days back, six revisions each day at 08, 09 … 13 UTC (09–14 in Sweden).
    const times = [3, 2, 1].flatMap((days) =>
      [8, 9, 10, 11, 12, 13].map((h) => new Date(Date.UTC(2026, 10, 20 - days, h))),
    );
    // And six within the last day.
    times.push(...[1, 2, 3, 4, 5, 6].map((h) => new Date(now.getTime() - h * hour)));
    let version = 1;
    for (const createdAt of times.sort((a, b) => a.getTime() - b.getTime())) {
      await db.draftRevision.create({
        data: { draftId: id, version: version++, snapshot: {}, reason: "save", createdById: user.id, createdAt },
      });
    }
    const written = await db.$transaction((tx) =>
      recordRevision(tx, { draftId: id, userId: user.id, version, reason: "restore", now }),
    );
    expect(written).toBe(true);
    const kept = await db.draftRevision.findMany({ where: { draftId: id }, orderBy: { createdAt: "asc" } });
    const older = kept.filter((r) => r.createdAt.getTime() < now.getTime() - revisionKeepAllMs);
    // One per earlier day, and it is that day's last.
    expect(older.map((r) => r.createdAt.toISOString())).toEqual([
      "2026-11-17T13:00:00.000Z",
      "2026-11-18T13:00:00.000Z",
      "2026-11-19T11:00:00.000Z",
    ]);
    // 12 and 13 UTC on the 19th are within the day, with the six and the new one.
    expect(kept.length - older.length).toBe(9);
  });
});
