import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDraft } from "@/lib/drafts/mutations";
import { adoptLibraryEntry, saveToLibrary, updateLibraryEntry } from "@/lib/library/mutations";
import { libraryEntryEditSchema, saveToLibrarySchema } from "@/lib/library/schema";
import { countSourceUpdates, listRequirements, listSourceUpdates } from "@/lib/requirements/data";
import { createRequirement, resolveSourceUpdate } from "@/lib/requirements/mutations";
import { createTestOrg, createTestUser } from "@/lib/testing/factories";

// Issue 17: a requirement adopted from the organisation library keeps the
// entry's revision; an ägare's later edit raises the catalog's change alert.
const own = { level: "ska" as const, kravtyp: "KF" as const, motiv: "Lärdom.", verifikat: "Test.", uppfoljning: "" };
const text = "Invånaren ska få en kvittens per e-post.";
const revised = "Invånaren ska få en kvittens per e-post inom en minut.";

async function adoptedFromLibrary() {
  const owner = await createTestUser("Ägare");
  const org = await createTestOrg("Larmkommun", [{ userId: owner.id, role: "owner" }]);
  const first = await createDraft(owner.id, org.id);
  const created = await createRequirement(owner.id, first.id, "kundnytta", { ...own, text });
  if (!created.ok) throw new Error("setup failed");
  const saved = await saveToLibrary(
    owner.id,
    first.id,
    saveToLibrarySchema.parse({ requirementId: created.data.id, title: "Kvittens", tags: "" }),
  );
  if (!saved.ok) throw new Error("not saved");
  const second = await createDraft(owner.id, org.id);
  const adopted = await adoptLibraryEntry(owner.id, second.id, saved.data.id);
  if (!adopted.ok) throw new Error("not adopted");
  return { owner, draftId: second.id, entryId: saved.data.id, requirementId: adopted.data.id };
}

const edit = (value: string) =>
  libraryEntryEditSchema.parse({ title: "Kvittens", tags: "", text: value, motiv: "Lärdom.", verifikat: "Test." });

describe("library change alert (real SQLite)", () => {
  it("shows no alert while the entry is unchanged, then the same alert as a catalog change after an edit", async () => {
    const { owner, draftId, entryId } = await adoptedFromLibrary();
    expect((await listRequirements(owner.id, draftId))[0]!.sourceUpdate).toBeNull();
    expect((await updateLibraryEntry(owner.id, entryId, edit(revised))).ok).toBe(true);
    const [row] = await listSourceUpdates(owner.id, draftId);
    expect(row?.sourceUpdate).toMatchObject({
      source: "library",
      adopted: { text },
      current: { text: revised },
    });
    expect((await countSourceUpdates(owner.id))[draftId]).toBe(1);
  });

  it("'use' takes the entry's new wording and 'keep' keeps one's own; either way the alert goes", async () => {
    const a = await adoptedFromLibrary();
    await updateLibraryEntry(a.owner.id, a.entryId, edit(revised));
    expect((await resolveSourceUpdate(a.owner.id, a.draftId, a.requirementId, "use")).ok).toBe(true);
    const used = await db.requirement.findUniqueOrThrow({ where: { id: a.requirementId } });
    expect(used.text).toBe(revised);
    expect(await listSourceUpdates(a.owner.id, a.draftId)).toEqual([]);

    const b = await adoptedFromLibrary();
    await updateLibraryEntry(b.owner.id, b.entryId, edit(revised));
    expect((await resolveSourceUpdate(b.owner.id, b.draftId, b.requirementId, "keep")).ok).toBe(true);
    const kept = await db.requirement.findUniqueOrThrow({ where: { id: b.requirementId } });
    expect(kept.text).toBe(text);
    expect(await listSourceUpdates(b.owner.id, b.draftId)).toEqual([]);
  });

  it("stops alerting when the entry is removed from the library", async () => {
    const { owner, draftId, entryId } = await adoptedFromLibrary();
    await updateLibraryEntry(owner.id, entryId, edit(revised));
    await db.libraryEntry.delete({ where: { id: entryId } });
    expect(await listSourceUpdates(owner.id, draftId)).toEqual([]);
  });
});
