import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDraftForUser, getStartValues, listDraftsForUser } from "@/lib/drafts/data";
import { copyDraft, createDraft, saveStartStep } from "@/lib/drafts/mutations";
import { getCurrentSnapshot, getRevision, listRevisions } from "@/lib/revisions/data";
import { recordRevision } from "@/lib/drafts/mutations";
import { restoreRevision } from "@/lib/revisions/mutations";
import { revisionThrottleMs } from "@/lib/drafts/snapshot";
import { listTrashedDrafts } from "@/lib/trash/data";
import { purgeExpiredTrash, restoreDraftFromTrash, trashDraft } from "@/lib/trash/mutations";
import { trashRetentionMs } from "@/lib/trash/schema";
import { createTestUser } from "@/lib/testing/factories";
import { sampleStart } from "@/lib/testing/sample-start";

async function addRequirement(draftId: string, userId: string, number: number, text: string) {
  await db.requirement.create({
    data: {
      draftId,
      perspective: "kundnytta",
      number,
      position: number,
      text,
      level: "ska",
      kravtyp: "KF",
      createdById: userId,
    },
  });
  await db.draft.update({ where: { id: draftId }, data: { nextNumberKn: number + 1 } });
}

describe("revisions", () => {
  it("writes one revision per draft within the throttle window, whoever saves", async () => {
    const owner = await createTestUser("Ägare");
    const other = await createTestUser("Kollega");
    const { id } = await createDraft(owner.id);
    await saveStartStep(owner.id, id, 1, { title: "Första" });
    await saveStartStep(owner.id, id, 2, { title: "Andra" });
    await saveStartStep(owner.id, id, 3, { title: "Tredje" });
    expect((await listRevisions(owner.id, id))?.map((r) => r.version)).toEqual([2]);

    // Two people alternating do not write one revision per save.
    const written = await db.$transaction((tx) => recordRevision(tx, { draftId: id, userId: other.id, version: 4 }));
    expect(written).toBe(false);
    const later = new Date(Date.now() + revisionThrottleMs + 1000);
    const afterWindow = await db.$transaction((tx) =>
      recordRevision(tx, { draftId: id, userId: other.id, version: 4, now: later }),
    );
    expect(afterWindow).toBe(true);
    const within = await db.$transaction((tx) =>
      recordRevision(tx, { draftId: id, userId: other.id, version: 4, now: later }),
    );
    expect(within).toBe(false);
    expect(await listRevisions(other.id, id)).toBeNull();
  });

  it("restores an old revision as a new version, keeps the replaced state and never reuses requirement numbers", async () => {
    const owner = await createTestUser();
    const { id } = await createDraft(owner.id);
    await saveStartStep(owner.id, id, 1, { ...sampleStart, title: "Gammal titel" });
    await addRequirement(id, owner.id, 1, "Tjänsten ska vara tillgänglig");
    const [first] = (await listRevisions(owner.id, id))!;

    await addRequirement(id, owner.id, 2, "Ett krav som kom senare");
    await saveStartStep(owner.id, id, 2, { ...sampleStart, title: "Ny titel" });

    const result = await restoreRevision(owner.id, id, first!.id);
    expect(result).toEqual({ ok: true, data: { version: 4 } });
    const draft = await getDraftForUser(owner.id, id);
    expect(draft).toMatchObject({ title: "Gammal titel", version: 4 });
    const rows = await db.requirement.findMany({ where: { draftId: id } });
    expect(rows.map((r) => r.number)).toEqual([]);
    expect((await db.draft.findUniqueOrThrow({ where: { id } })).nextNumberKn).toBe(3);

    const history = (await listRevisions(owner.id, id))!;
    expect(history.map((r) => [r.version, r.reason])).toEqual([
      [4, "restore"],
      [3, "before_restore"],
      [2, "save"],
    ]);
    const kept = await getRevision(owner.id, id, history[1]!.id);
    expect(kept?.snapshot.title).toBe("Ny titel");
    expect(kept?.snapshot.requirements.map((r) => r.number)).toEqual([1, 2]);
  });

  it("refuses to restore another user's revision", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const { id } = await createDraft(owner.id);
    await saveStartStep(owner.id, id, 1, { title: "Min" });
    const [revision] = (await listRevisions(owner.id, id))!;
    expect(await restoreRevision(stranger.id, id, revision!.id)).toEqual({ ok: false, reason: "not_found" });
    expect(await getCurrentSnapshot(stranger.id, id)).toBeNull();
  });
});

describe("copy and trash", () => {
  it("copies content and requirement rows into a new draft at version 1 with its own history", async () => {
    const owner = await createTestUser();
    const { id } = await createDraft(owner.id);
    await saveStartStep(owner.id, id, 1, sampleStart);
    await addRequirement(id, owner.id, 1, "Tjänsten ska följa WCAG 2.1 AA");
    const copy = await copyDraft(owner.id, id, "Kopia av ");
    if (!copy.ok) throw new Error("copy failed");
    const draft = await getDraftForUser(owner.id, copy.data.id);
    expect(draft).toMatchObject({ title: `Kopia av ${sampleStart.title}`, version: 1 });
    expect(draft?.context.organisation).toBe(sampleStart.organisation);
    const rows = await db.requirement.findMany({ where: { draftId: copy.data.id } });
    expect(rows.map((r) => [r.number, r.text])).toEqual([[1, "Tjänsten ska följa WCAG 2.1 AA"]]);
    expect((await listRevisions(owner.id, copy.data.id))?.map((r) => r.reason)).toEqual(["copy"]);
    expect(await db.export.count({ where: { draftId: copy.data.id } })).toBe(0);
  });

  it("moves a draft to the trash, hides it, restores it, and purges it after 30 days", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const { id } = await createDraft(owner.id);
    expect(await trashDraft(stranger.id, id)).toEqual({ ok: false, reason: "not_found" });
    expect(await trashDraft(owner.id, id)).toEqual({ ok: true });
    expect(await getDraftForUser(owner.id, id)).toBeNull();
    expect((await listDraftsForUser(owner.id)).map((d) => d.id)).not.toContain(id);
    expect((await listTrashedDrafts(owner.id)).map((d) => d.id)).toEqual([id]);

    expect(await restoreDraftFromTrash(owner.id, id)).toEqual({ ok: true });
    expect(await getStartValues(owner.id, id)).toMatchObject({ version: 1 });

    const longAgo = new Date(Date.now() - trashRetentionMs - 1000);
    await trashDraft(owner.id, id, longAgo);
    expect(await restoreDraftFromTrash(owner.id, id)).toEqual({ ok: false, reason: "not_found" });
    expect(await purgeExpiredTrash(stranger.id)).toBe(0);
    expect(await purgeExpiredTrash(owner.id)).toBe(1);
    expect(await db.draft.count({ where: { id } })).toBe(0);
  });
});
