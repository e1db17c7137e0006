import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDraft, saveStartStep } from "@/lib/drafts/mutations";
import { getOrgLibrary, listLibraryForDraft } from "@/lib/library/data";
import { adoptLibraryEntry, removeLibraryEntry, saveToLibrary, updateLibraryEntry } from "@/lib/library/mutations";
import { rankLibrary } from "@/lib/library/rank";
import { libraryEntryEditSchema, saveToLibrarySchema } from "@/lib/library/schema";
import { acceptSuggestion, createRequirement } from "@/lib/requirements/mutations";
import { suggestions } from "@/lib/catalog";
import { conditionsHold } from "@/lib/catalog/rank";
import { createTestOrg, createTestUser } from "@/lib/testing/factories";
import { sampleStart } from "@/lib/testing/sample-start";

const own = { level: "ska" as const, kravtyp: "KF" as const, motiv: "Lärdom.", verifikat: "Test.", uppfoljning: "" };

async function setUp() {
  const owner = await createTestUser();
  const editor = await createTestUser();
  const reader = await createTestUser();
  const outsider = await createTestUser();
  const org = await createTestOrg("Bibliotekskommun", [
    { userId: owner.id, role: "owner" },
    { userId: editor.id, role: "editor" },
    { userId: reader.id, role: "reader" },
  ]);
  const other = await createTestOrg("Annan kommun", [{ userId: outsider.id, role: "owner" }]);
  const first = await createDraft(editor.id, org.id);
  await saveStartStep(editor.id, first.id, 1, { ...sampleStart, title: "Första upphandlingen" });
  const created = await createRequirement(editor.id, first.id, "kundnytta", {
    ...own,
    text: "Invånaren ska få en kvittens per e-post.",
  });
  if (!created.ok) throw new Error("setup failed");
  return { owner, editor, reader, outsider, org, other, first, requirementId: created.data.id };
}

describe("the organisation library (real SQLite)", () => {
  it("saves a requirement in one draft and offers it in another draft of the same organisation only", async () => {
    const { editor, outsider, org, other, first, requirementId } = await setUp();
    const input = saveToLibrarySchema.parse({ requirementId, title: "Kvittens", tags: "e-tjänst, e-tjänst, kvitto" });
    expect(input.tags).toEqual(["e-tjänst", "kvitto"]);
    const saved = await saveToLibrary(editor.id, first.id, input);
    expect(saved.ok).toBe(true);

    const second = await createDraft(editor.id, org.id);
    const offered = await listLibraryForDraft(editor.id, second.id, "kundnytta");
    expect(offered.map((e) => [e.title, e.sourceCode, e.sourceDraftTitle, e.tags])).toEqual([
      ["Kvittens", "KN-1", "Första upphandlingen", ["e-tjänst", "kvitto"]],
    ]);
    expect(await listLibraryForDraft(editor.id, second.id, "juridik")).toEqual([]);
    const foreign = await createDraft(outsider.id, other.id);
    expect(await listLibraryForDraft(outsider.id, foreign.id, "kundnytta")).toEqual([]);
    expect(await listLibraryForDraft(outsider.id, second.id, "kundnytta")).toEqual([]);

    // Adopting copies the texts and keeps where it came from; then it is no longer offered.
    const entryId = offered[0]!.id;
    expect(await adoptLibraryEntry(outsider.id, foreign.id, entryId)).toEqual({ ok: false, reason: "not_found" });
    const adopted = await adoptLibraryEntry(editor.id, second.id, entryId);
    expect(adopted).toMatchObject({ ok: true, data: { code: "KN-1" } });
    const row = await db.requirement.findFirstOrThrow({ where: { draftId: second.id } });
    expect(row).toMatchObject({
      text: "Invånaren ska få en kvittens per e-post.",
      motiv: "Lärdom.",
      libraryEntryId: entryId,
    });
    expect(await listLibraryForDraft(editor.id, second.id, "kundnytta")).toEqual([]);
  });

  it("keeps a catalog suggestion's provenance and ranks the entry by its conditions", async () => {
    const { editor, org, first } = await setUp();
    const context = { ...sampleStart, title: undefined };
    const suggestion = suggestions.find(
      (s) => s.perspective === "juridik" && s.conditions.personalData && conditionsHold(s.conditions, context),
    )!;
    const accepted = await acceptSuggestion(editor.id, first.id, suggestion);
    expect(accepted.ok).toBe(true);
    const source = await db.requirement.findFirstOrThrow({ where: { draftId: first.id, suggestionId: suggestion.id } });
    await saveToLibrary(editor.id, first.id, { requirementId: source.id, title: "Från katalogen", tags: [] });

    const second = await createDraft(editor.id, org.id);
    const entries = await listLibraryForDraft(editor.id, second.id, "juridik");
    expect(entries[0]?.conditions).toEqual(suggestion.conditions);
    // Shown where the suggestion's conditions hold, with the same reasons; not where they fail.
    const ranked = rankLibrary(entries, context);
    expect(ranked.map((e) => e.title)).toEqual(["Från katalogen"]);
    expect(ranked[0]?.reasons).not.toEqual(["general"]);
    expect(rankLibrary(entries, { ...context, personalData: "none" })).toEqual([]);
    await adoptLibraryEntry(editor.id, second.id, entries[0]!.id);
    const copy = await db.requirement.findFirstOrThrow({ where: { draftId: second.id } });
    expect(copy.suggestionId).toBe(suggestion.id);
    expect(copy.modelIds).toEqual(suggestion.modelIds);
  });

  it("lets only an ägare curate, a läsare neither save nor adopt, and refuses personal drafts", async () => {
    const { owner, editor, reader, outsider, org, first, requirementId } = await setUp();
    const input = { requirementId, title: "Kvittens", tags: [] };
    expect(await saveToLibrary(reader.id, first.id, input)).toEqual({ ok: false, reason: "forbidden" });
    expect(await saveToLibrary(outsider.id, first.id, input)).toEqual({ ok: false, reason: "not_found" });
    const personal = await createDraft(editor.id, null);
    expect(await saveToLibrary(editor.id, personal.id, input)).toEqual({ ok: false, reason: "not_found" });
    const saved = await saveToLibrary(editor.id, first.id, input);
    if (!saved.ok) throw new Error("save failed");
    const id = saved.data.id;
    const second = await createDraft(owner.id, org.id);
    expect(await adoptLibraryEntry(reader.id, second.id, id)).toEqual({ ok: false, reason: "forbidden" });

    const edit = libraryEntryEditSchema.parse({
      title: "Ny rubrik",
      tags: "a",
      text: "Ny text.",
      motiv: "",
      verifikat: "",
    });
    expect(await updateLibraryEntry(editor.id, id, edit)).toEqual({ ok: false, reason: "forbidden" });
    expect(await updateLibraryEntry(outsider.id, id, edit)).toEqual({ ok: false, reason: "not_found" });
    expect(await updateLibraryEntry(owner.id, id, edit)).toEqual({ ok: true, data: undefined });
    expect((await getOrgLibrary(reader.id, org.id))?.entries.map((e) => [e.title, e.text, e.sourceCode])).toEqual([
      ["Ny rubrik", "Ny text.", "KN-1"],
    ]);
    expect(await getOrgLibrary(outsider.id, org.id)).toBeNull();
    expect(await removeLibraryEntry(reader.id, id)).toEqual({ ok: false, reason: "forbidden" });
    expect(await removeLibraryEntry(owner.id, id)).toEqual({ ok: true, data: undefined });
    expect((await getOrgLibrary(owner.id, org.id))?.entries).toEqual([]);
  });

  it("limits titles and tags with Swedish error keys", () => {
    const base = { requirementId: "ckz0000000000000000000000", title: "x" };
    expect(saveToLibrarySchema.safeParse({ ...base, title: "" }).error?.issues[0]?.message).toBe("required");
    expect(
      saveToLibrarySchema.safeParse({ ...base, tags: Array.from({ length: 11 }, (_, i) => `tagg${i}`).join(",") }).error
        ?.issues[0]?.message,
    ).toBe("tooManyTags");
    expect(saveToLibrarySchema.safeParse({ ...base, requirementId: "" }).error?.issues[0]?.message).toBe("chooseOne");
  });
});
