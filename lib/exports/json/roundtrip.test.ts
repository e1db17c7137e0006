import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { suggestionsFor } from "@/lib/catalog";
import { savePerspectiveAnswers, setStepCompleted } from "@/lib/answers/mutations";
import { createDraft, saveStartStep } from "@/lib/drafts/mutations";
import { buildKravlotsFile, serializeKravlotsFile } from "@/lib/exports/json/build";
import { getDraftForJson } from "@/lib/exports/json/data";
import { importDraft } from "@/lib/exports/json/mutations";
import { parseKravlotsFile } from "@/lib/exports/json/parse";
import { acceptSuggestion, createRequirement, deleteRequirement, moveRequirement } from "@/lib/requirements/mutations";
import { createTestOrg, createTestUser } from "@/lib/testing/factories";
import { sampleStart } from "@/lib/testing/sample-start";

async function exportFile(userId: string, draftId: string) {
  const row = await getDraftForJson(userId, draftId);
  if (!row) throw new Error("draft not readable");
  return buildKravlotsFile(row, new Date());
}

// A draft with every kind of content the file must carry.
async function fullDraft() {
  const owner = await createTestUser("Åsa Öberg");
  const { id: draftId } = await createDraft(owner.id);
  await saveStartStep(owner.id, draftId, 1, sampleStart);
  const version = async () => (await db.draft.findUniqueOrThrow({ where: { id: draftId } })).version;
  const needs = { needs: "Söka färdtjänst dygnet runt" };
  expect((await savePerspectiveAnswers(owner.id, draftId, await version(), "kundnytta", needs)).ok).toBe(true);
  expect((await setStepCompleted(owner.id, draftId, await version(), "start", true)).ok).toBe(true);
  const adopted = await acceptSuggestion(owner.id, draftId, suggestionsFor("juridik")[0]!);
  if (!adopted.ok) throw new Error("accept failed");
  const bor = { text: "Svarstid < 2 s för invånaren.", level: "bor", kravtyp: "TK", weight: 40 } as const;
  const ska = { text: "Tjänsten ska kunna användas med skärmläsare.", level: "ska", kravtyp: "KF" } as const;
  const values = { motiv: "", verifikat: "Test.", uppfoljning: "" };
  const first = await createRequirement(owner.id, draftId, "kundnytta", { ...ska, ...values, weight: undefined });
  await createRequirement(owner.id, draftId, "kundnytta", { ...bor, ...values });
  const third = await createRequirement(owner.id, draftId, "kundnytta", { ...ska, ...values, weight: undefined });
  if (!first.ok || !third.ok) throw new Error("create failed");
  await deleteRequirement(owner.id, draftId, third.data.id);
  await moveRequirement(owner.id, draftId, first.data.id, "down");
  return { owner, draftId };
}

describe("the Kravlots file (JSON) against a real SQLite database", () => {
  it("export → import → export is identical apart from ids and timestamps", async () => {
    const { owner, draftId } = await fullDraft();
    const first = await exportFile(owner.id, draftId);
    expect(first.requirements.map((r) => r.code)).toEqual(["KN-2", "KN-1", "JU-1"]);
    expect(first.requirements[2]!.adoptedSuggestion?.revision).toMatch(/^[0-9a-f]{16}$/);
    expect(first.draft.nextNumbers.kundnytta).toBe(4);

    const text = new TextDecoder().decode(serializeKravlotsFile(first));
    const parsed = parseKravlotsFile(text);
    if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problem)}`);
    const imported = await importDraft(owner.id, null, parsed.value);
    if (!imported.ok) throw new Error(imported.reason);
    expect(imported.data.id).not.toBe(draftId);

    const second = await exportFile(owner.id, imported.data.id);
    expect({ ...second, exportedAt: null }).toEqual({ ...first, exportedAt: null });
    const revision = await db.draftRevision.findFirstOrThrow({ where: { draftId: imported.data.id } });
    expect(revision.reason).toBe("import");
  });

  it("imports into an organisation only where the caller may edit, and writes nothing otherwise", async () => {
    const { owner, draftId } = await fullDraft();
    const reader = await createTestUser("Läsare");
    const org = await createTestOrg("Exempla kommun", [
      { userId: owner.id, role: "editor" },
      { userId: reader.id, role: "reader" },
    ]);
    const file = await exportFile(owner.id, draftId);
    const drafts = () => db.draft.count();
    const before = await drafts();
    expect(await importDraft(reader.id, org.id, file)).toEqual({ ok: false, reason: "forbidden" });
    const stranger = await createTestUser("Utomstående");
    expect(await importDraft(stranger.id, org.id, file)).toEqual({ ok: false, reason: "not_found" });
    expect(await drafts()).toBe(before);

    const result = await importDraft(owner.id, org.id, file);
    expect(result.ok).toBe(true);
    const created = await db.draft.findUniqueOrThrow({ where: { id: result.ok ? result.data.id : "" } });
    expect(created.organizationId).toBe(org.id);
  });

  it("rolls back the whole import when a row cannot be written", async () => {
    const { owner, draftId } = await fullDraft();
    const file = await exportFile(owner.id, draftId);
    // Two rows with one code pass the schema only if the parser's check is skipped;
    // the database's unique index then fails the transaction.
    const twice = { ...file, requirements: [...file.requirements, file.requirements[0]!] };
    const before = { drafts: await db.draft.count(), requirements: await db.requirement.count() };
    await expect(importDraft(owner.id, null, twice)).rejects.toThrow();
    expect({ drafts: await db.draft.count(), requirements: await db.requirement.count() }).toEqual(before);
  });
});
