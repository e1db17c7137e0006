import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDraftForUser } from "@/lib/drafts/data";
import { createDraft, saveStartStep } from "@/lib/drafts/mutations";
import { listExportsForDraft } from "@/lib/exports/data";
import { listRevisions } from "@/lib/revisions/data";
import { recordRevision } from "@/lib/drafts/mutations";
import { restoreRevision } from "@/lib/revisions/mutations";
import { createTestOrg, createTestUser } from "@/lib/testing/factories";

// The foreign keys from a user or an organisation into shared drafts and
// their history (migration 20261129080000_keep_shared_work): an account's
// deletion must not take an organisation's work with it.
async function sharedDraftByLeaver() {
  const owner = await createTestUser("Ägare");
  const leaver = await createTestUser("Slutar");
  const org = await createTestOrg("Exempla kommun", [
    { userId: owner.id, role: "owner" },
    { userId: leaver.id, role: "editor" },
  ]);
  const { id } = await createDraft(leaver.id, org.id);
  await saveStartStep(leaver.id, id, 1, { title: "Skrivet av den som slutar" });
  await db.requirement.create({
    data: {
      draftId: id,
      perspective: "kundnytta",
      number: 1,
      position: 1,
      text: "Tjänsten ska fungera",
      level: "ska",
      kravtyp: "KF",
      createdById: leaver.id,
    },
  });
  await db.draft.update({ where: { id }, data: { nextNumberKn: 2 } });
  await db.export.create({ data: { draftId: id, draftVersion: 2, createdById: leaver.id } });
  return { owner, leaver, org, draftId: id };
}

describe("deleting a user", () => {
  it("keeps the organisation's drafts, requirements, exports and history, with the author shown as deleted", async () => {
    const { owner, leaver, draftId } = await sharedDraftByLeaver();
    const before = (await listRevisions(owner.id, draftId))!.length;
    expect(before).toBeGreaterThan(0);

    await db.user.delete({ where: { id: leaver.id } });

    expect(await getDraftForUser(owner.id, draftId)).toMatchObject({ title: "Skrivet av den som slutar" });
    const draft = await db.draft.findUniqueOrThrow({ where: { id: draftId }, include: { requirements: true } });
    expect(draft.createdById).toBeNull();
    expect(draft.requirements.map((r) => [r.text, r.createdById])).toEqual([["Tjänsten ska fungera", null]]);
    const revisions = (await listRevisions(owner.id, draftId))!;
    expect(revisions).toHaveLength(before);
    expect(revisions.every((r) => r.authorName === null)).toBe(true);
    const exports = await listExportsForDraft(owner.id, draftId);
    expect(exports.map((e) => e.createdByName)).toEqual([null]);
  });

  it("restores a revision written by a deleted user whose snapshot still names them", async () => {
    const { owner, leaver, draftId } = await sharedDraftByLeaver();
    await saveStartStep(owner.id, draftId, 2, { title: "Ändrat av ägaren" });
    // A revision whose snapshot holds the leaver's requirement (the JSON keeps their id).
    const written = await db.$transaction((tx) =>
      recordRevision(tx, { draftId, userId: leaver.id, version: 3, reason: "copy" }),
    );
    expect(written).toBe(true);
    const [withLeaver] = (await listRevisions(owner.id, draftId))!;
    await db.user.delete({ where: { id: leaver.id } });

    const result = await restoreRevision(owner.id, draftId, withLeaver!.id);
    expect(result.ok).toBe(true);
    const rows = await db.requirement.findMany({ where: { draftId } });
    expect(rows.map((r) => [r.text, r.createdById])).toEqual([["Tjänsten ska fungera", null]]);
  });
});

describe("deleting an organisation", () => {
  it("is refused while it holds drafts, and nothing is lost", async () => {
    const { org, draftId } = await sharedDraftByLeaver();
    await expect(db.organization.delete({ where: { id: org.id } })).rejects.toThrow();
    expect(await db.draft.count({ where: { id: draftId } })).toBe(1);
    expect(await db.member.count({ where: { organizationId: org.id } })).toBe(2);
  });
});
