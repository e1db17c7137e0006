import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { directSql } from "@/lib/db-direct";
import { databaseEngine } from "@/lib/env";
import { saveStartStep } from "@/lib/drafts/mutations";
import { createTestUser } from "@/lib/testing/factories";
import { sampleStart } from "@/lib/testing/sample-start";
import { Prisma } from "@/lib/generated/prisma/client";

// The autosave's two steady-state statements run through the driver
// (lib/db-direct.ts). What they write must read back through Prisma exactly
// as Prisma's own write would, and a database busy with one of Prisma's
// transactions must not stall or fail the save.
describe("the autosave's direct statements", () => {
  it("write what Prisma reads back as its own: title, context, version and the updatedAt instant", async () => {
    const user = await createTestUser("direkt");
    const draft = await db.draft.create({ data: { createdById: user.id, title: "", context: {} } });
    // The first save records a revision (the Prisma transaction); the second is the direct UPDATE.
    const values = sampleStart;
    const first = await saveStartStep(user.id, draft.id, 1, { ...values, title: "Första" });
    expect(first.ok).toBe(true);
    const second = await saveStartStep(user.id, draft.id, 2, { ...values, title: "Andra åäö" });
    if (!second.ok) throw new Error(second.reason);
    const stored = await db.draft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(stored.title).toBe("Andra åäö");
    expect(stored.version).toBe(3);
    expect(stored.updatedAt.toISOString()).toBe(second.data.updatedAt.toISOString());
    expect(stored.context).toMatchObject({ organisation: values.organisation, userCounts: values.userCounts });
    // A stale base version is a conflict, as through Prisma.
    const stale = await saveStartStep(user.id, draft.id, 2, { ...values, title: "Gammal" });
    expect(stale).toEqual({ ok: false, reason: "conflict" });
    // Someone without access gets nothing written.
    const stranger = await createTestUser("främling");
    expect(await saveStartStep(stranger.id, draft.id, 3, { ...values, title: "Främmande" })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect((await db.draft.findUniqueOrThrow({ where: { id: draft.id } })).title).toBe("Andra åäö");
  });

  it.runIf(databaseEngine() === "sqlite")(
    "falls back to Prisma while one of Prisma's transactions holds the write lock (SQLite)",
    async () => {
      const user = await createTestUser("upptagen");
      const draft = await db.draft.create({ data: { createdById: user.id, title: "", context: {} } });
      const values = sampleStart;
      await saveStartStep(user.id, draft.id, 1, { ...values, title: "Första" });
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      // A write transaction that spans event-loop turns, as a revision save does.
      const transaction = db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { name: "Låst" } });
        await held;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      // The driver sees the lock at once (no busy wait on the event loop).
      expect(await directSql().run(Prisma.sql`UPDATE "Draft" SET "title" = 'x' WHERE "id" = ${draft.id}`)).toBeNull();
      const started = performance.now();
      const saving = saveStartStep(user.id, draft.id, 2, { ...values, title: "Under låset" });
      setTimeout(release, 100);
      const result = await saving;
      await transaction;
      expect(result.ok).toBe(true);
      expect(performance.now() - started).toBeLessThan(4000);
      expect((await db.draft.findUniqueOrThrow({ where: { id: draft.id } })).title).toBe("Under låset");
    },
  );
});
