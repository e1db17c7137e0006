import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { suggestionsFor } from "@/lib/catalog";
import { suggestionRevision } from "@/lib/catalog/revision";
import { createDraft } from "@/lib/drafts/mutations";
import { countSourceUpdates, listRequirements, listSourceUpdates } from "@/lib/requirements/data";
import { acceptSuggestion, resolveSourceUpdate } from "@/lib/requirements/mutations";
import { snapshotDraft } from "@/lib/drafts/mutations";
import { createTestUser } from "@/lib/testing/factories";

// Provenance against the real catalog and a real SQLite database; a later
// catalog release is stood in for by the overlay file lib/catalog/current.ts reads.
const overlayDir = mkdtempSync(path.join(tmpdir(), "kravlots-overlay-"));
let overlayCount = 0;
function reviseCatalog(patches: Record<string, Record<string, string>>) {
  overlayCount += 1;
  const file = path.join(overlayDir, `overlay-${overlayCount}.json`);
  writeFileSync(file, JSON.stringify({ suggestions: patches }));
  process.env.KRAVLOTS_CATALOG_OVERLAY = file;
}
afterEach(() => {
  delete process.env.KRAVLOTS_CATALOG_OVERLAY;
});

const suggestion = suggestionsFor("juridik")[0]!;

async function adopted() {
  const owner = await createTestUser("Ägare");
  const { id: draftId } = await createDraft(owner.id);
  const result = await acceptSuggestion(owner.id, draftId, suggestion);
  if (!result.ok) throw new Error("accept failed");
  return { owner, draftId, requirementId: result.data.id };
}

const reasons = async (draftId: string) =>
  (await db.draftRevision.findMany({ where: { draftId }, orderBy: { version: "asc" } })).map((r) => r.reason);

describe("catalog provenance of adopted requirements", () => {
  it("keeps the suggestion's revision and texts, and shows no alert while the catalog is unchanged", async () => {
    const { owner, draftId, requirementId } = await adopted();
    const row = await db.requirement.findUniqueOrThrow({ where: { id: requirementId } });
    expect(row.adoptedSuggestion).toMatchObject({ revision: suggestionRevision(suggestion), text: suggestion.text });
    expect((await listRequirements(owner.id, draftId))[0]!.sourceUpdate).toBeNull();
    expect(await countSourceUpdates(owner.id)).toEqual({});
  });

  it("alerts when a release changes the text, and 'use' takes the new wording into the history", async () => {
    const { owner, draftId, requirementId } = await adopted();
    const revised = `${suggestion.text} Tillägg i en senare utgåva.`;
    reviseCatalog({ [suggestion.id]: { text: revised } });
    const [row] = await listSourceUpdates(owner.id, draftId);
    expect(row?.sourceUpdate).toMatchObject({ adopted: { text: suggestion.text }, current: { text: revised } });
    expect(await countSourceUpdates(owner.id)).toEqual({ [draftId]: 1 });

    const used = await resolveSourceUpdate(owner.id, draftId, requirementId, "use");
    expect(used).toMatchObject({ ok: true, data: { code: row!.code } });
    const [after] = await listRequirements(owner.id, draftId);
    expect(after).toMatchObject({ text: revised, sourceUpdate: null });
    expect(await reasons(draftId)).toContain("source_update");
    // Nothing left to resolve.
    expect(await resolveSourceUpdate(owner.id, draftId, requirementId, "use")).toEqual({
      ok: false,
      reason: "not_found",
    });
  });

  it("'keep' leaves the user's wording, records the choice and clears the alert", async () => {
    const { owner, draftId, requirementId } = await adopted();
    reviseCatalog({ [suggestion.id]: { motiv: `${suggestion.motiv} Förtydligat.` } });
    expect(await resolveSourceUpdate(owner.id, draftId, requirementId, "keep")).toMatchObject({ ok: true });
    const [after] = await listRequirements(owner.id, draftId);
    expect(after).toMatchObject({ text: suggestion.text, motiv: suggestion.motiv, sourceUpdate: null });
    expect(await reasons(draftId)).toContain("source_kept");
  });

  it("refuses a reader and a stranger, and keeps provenance in revision snapshots", async () => {
    const { draftId, requirementId } = await adopted();
    const stranger = await createTestUser("Främling");
    reviseCatalog({ [suggestion.id]: { text: `${suggestion.text} Ny.` } });
    expect(await resolveSourceUpdate(stranger.id, draftId, requirementId, "use")).toEqual({
      ok: false,
      reason: "not_found",
    });
    const snapshot = await db.$transaction((tx) => snapshotDraft(tx, draftId));
    expect(snapshot.requirements[0]?.adoptedSuggestion?.revision).toBe(suggestionRevision(suggestion));
  });
});

process.on("exit", () => rmSync(overlayDir, { recursive: true, force: true }));
