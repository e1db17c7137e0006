import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDocumentSource } from "@/lib/document/data";
import { createDraft, saveStartStep } from "@/lib/drafts/mutations";
import { getExportForUser, getExportState, listExportsForDraft } from "@/lib/exports/data";
import { completeExport, createPendingExport, failExport } from "@/lib/exports/mutations";
import { sha256Hex } from "@/lib/exports/pdf-meta";
import { createTestUser } from "@/lib/testing/factories";
import { sampleDocument, sampleSource } from "@/lib/testing/document-fixture";
import { sampleStart } from "@/lib/testing/sample-start";

const fakePdf = new TextEncoder().encode("%PDF-1.3\n<<\n/Type /Page\n>>\n<<\n/Type /Page\n>>\n%%EOF");
const snapshot = sampleDocument(sampleSource(2));

async function pending(userId: string, draftId: string, draftVersion = 1) {
  const created = await createPendingExport(userId, { draftId, draftVersion, locale: "sv", snapshot });
  if (!created.ok) throw new Error(`setup failed: ${created.reason}`);
  return created.data.id;
}

describe("exports against a real SQLite database", () => {
  it("goes from pending to ready once, then serves exactly the stored bytes", async () => {
    const owner = await createTestUser("Åsa Öberg");
    const { id: draftId } = await createDraft(owner.id);
    const exportId = await pending(owner.id, draftId);

    expect(await getExportState(owner.id, draftId, exportId)).toMatchObject({
      status: "pending",
      error: null,
      draftVersion: 1,
    });
    expect(await getExportForUser(owner.id, draftId, exportId)).toBeNull();
    const [listed] = await listExportsForDraft(owner.id, draftId);
    expect(listed).toMatchObject({
      id: exportId,
      status: "pending",
      pageCount: null,
      sizeBytes: null,
      createdByName: "Åsa Öberg",
    });

    expect(await completeExport(exportId, fakePdf, 12.4)).toBe(true);
    // Immutable: neither a second completion nor a failure touches it.
    expect(await completeExport(exportId, new TextEncoder().encode("%PDF-other"), 1)).toBe(false);
    expect(await failExport(exportId, "render_failed")).toBe(false);

    const [summary] = await listExportsForDraft(owner.id, draftId);
    expect(summary).toMatchObject({ status: "ready", draftVersion: 1, pageCount: 2, sizeBytes: fakePdf.byteLength });
    const download = await getExportForUser(owner.id, draftId, exportId);
    expect(download).toMatchObject({ sha256: sha256Hex(fakePdf), title: snapshot.title, draftVersion: 1 });
    expect(Buffer.from(download!.bytes).equals(Buffer.from(fakePdf))).toBe(true);
    const row = await db.export.findUniqueOrThrow({ where: { id: exportId } });
    expect(row.snapshot).toEqual(snapshot);
  });

  it("refuses to label an export with a version the draft no longer has", async () => {
    const owner = await createTestUser();
    const { id: draftId } = await createDraft(owner.id);
    await saveStartStep(owner.id, draftId, 1, sampleStart);
    const result = await createPendingExport(owner.id, { draftId, draftVersion: 1, locale: "sv", snapshot });
    expect(result).toEqual({ ok: false, reason: "conflict" });
    expect(await listExportsForDraft(owner.id, draftId)).toEqual([]);
  });

  it("hides another user's exports and refuses to create one on their draft", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const { id: draftId } = await createDraft(owner.id);
    const exportId = await pending(owner.id, draftId);
    await completeExport(exportId, fakePdf, 5);

    expect(await listExportsForDraft(stranger.id, draftId)).toEqual([]);
    expect(await getExportForUser(stranger.id, draftId, exportId)).toBeNull();
    expect(await getExportState(stranger.id, draftId, exportId)).toBeNull();
    expect(await createPendingExport(stranger.id, { draftId, draftVersion: 1, locale: "sv", snapshot })).toEqual({
      ok: false,
      reason: "not_found",
    });
    const { id: otherDraft } = await createDraft(owner.id);
    expect(await getExportForUser(owner.id, otherDraft, exportId)).toBeNull();
  });
});

describe("document source", () => {
  it("reads the draft's rows, answers and the exporting user as contact", async () => {
    const owner = await createTestUser("Karin Ångström");
    const { id: draftId } = await createDraft(owner.id);
    await db.draft.update({ where: { id: draftId }, data: { answers: { juridik: { hosting: "eu" } } } });
    await db.requirement.createMany({
      data: [
        {
          draftId,
          perspective: "juridik",
          number: 2,
          position: 2,
          text: "Andra",
          level: "bor",
          kravtyp: "TK",
          weight: 20,
          modelIds: ["m-gdpr"],
          createdById: owner.id,
        },
        {
          draftId,
          perspective: "juridik",
          number: 1,
          position: 1,
          text: "Första",
          level: "ska",
          kravtyp: "KF",
          createdById: owner.id,
        },
      ],
    });
    const source = await getDocumentSource(owner.id, draftId);
    expect(source?.contact.name).toBe("Karin Ångström");
    expect(source?.answers).toEqual({ juridik: { hosting: "eu" } });
    expect(source?.requirements.map((r) => [r.number, r.text, r.weight, r.modelIds])).toEqual([
      [1, "Första", null, []],
      [2, "Andra", 20, ["m-gdpr"]],
    ]);
    const stranger = await createTestUser();
    expect(await getDocumentSource(stranger.id, draftId)).toBeNull();
  });
});

describe("export sequence", () => {
  it("numbers exported draft versions 1, 2, … and shares the number across formats of one version", async () => {
    const owner = await createTestUser();
    const { id: draftId } = await createDraft(owner.id);
    const make = async (draftVersion: number, format: "pdf" | "docx" | "xlsx") => {
      const labels: number[] = [];
      const created = await createPendingExport(owner.id, {
        draftId,
        draftVersion,
        locale: "sv",
        format,
        snapshot: (sequence) => (
          labels.push(sequence),
          { ...snapshot, cover: { ...snapshot.cover, version: `Version ${sequence}` } }
        ),
      });
      if (!created.ok) throw new Error(created.reason);
      return { id: created.data.id, label: labels[0] };
    };
    const first = await make(1, "pdf");
    const word = await make(1, "docx");
    await saveStartStep(owner.id, draftId, 1, sampleStart);
    const second = await make(2, "xlsx");
    expect([first.label, word.label, second.label]).toEqual([1, 1, 2]);
    const rows = await listExportsForDraft(owner.id, draftId);
    expect(rows.map((r) => [r.format, r.sequence, r.draftVersion]).sort()).toEqual([
      ["docx", 1, 1],
      ["pdf", 1, 1],
      ["xlsx", 2, 2],
    ]);
    const stored = await db.export.findUniqueOrThrow({ where: { id: second.id } });
    expect((stored.snapshot as { cover: { version: string } }).cover.version).toBe("Version 2");
    // A non-PDF has no page count of its own.
    await completeExport(word.id, new TextEncoder().encode("PK\u0003\u0004 not a pdf"), 3);
    expect((await listExportsForDraft(owner.id, draftId)).find((r) => r.id === word.id)).toMatchObject({
      status: "ready",
      pageCount: null,
    });
  });
});
