import { describe, expect, it } from "vitest";
import { createDraft, saveStartStep } from "@/lib/drafts/mutations";
import { startStepSchema } from "@/lib/drafts/schema";
import { getExportForUser, listExportsForDraft } from "@/lib/exports/data";
import { storePdfExport } from "@/lib/exports/mutations";
import { sha256Hex } from "@/lib/exports/pdf-meta";
import { createTestUser } from "@/lib/testing/factories";

const fakePdf = new TextEncoder().encode("%PDF-1.3\n<<\n/Type /Page\n>>\n<<\n/Type /Page\n>>\n%%EOF");

describe("exports against a real SQLite database", () => {
  it("stores the bytes with hash, size, pages and version, and serves exactly those bytes", async () => {
    const owner = await createTestUser("Åsa Öberg");
    const { id: draftId } = await createDraft(owner.id);
    const stored = await storePdfExport(owner.id, { draftId, draftVersion: 1, bytes: fakePdf });
    expect(stored.ok).toBe(true);
    if (!stored.ok) return;

    const [summary] = await listExportsForDraft(owner.id, draftId);
    expect(summary).toMatchObject({
      id: stored.data.id,
      draftVersion: 1,
      pageCount: 2,
      sizeBytes: fakePdf.byteLength,
      sha256: sha256Hex(fakePdf),
      createdByName: "Åsa Öberg",
    });
    const download = await getExportForUser(owner.id, draftId, stored.data.id);
    expect(Buffer.from(download!.bytes).equals(Buffer.from(fakePdf))).toBe(true);
  });

  it("refuses to label an export with a version the draft no longer has", async () => {
    const owner = await createTestUser();
    const { id: draftId } = await createDraft(owner.id);
    const start = startStepSchema.parse({
      title: "Ny version",
      organisation: "Kiruna kommun",
      procuredItem: "Skolplattform",
      productTypes: ["cloud_saas"],
      personalData: "ordinary",
      userGroups: ["staff"],
      critical: "no",
      aiComponent: "no",
      procedure: "open",
    });
    await saveStartStep(owner.id, draftId, 1, start);
    expect(await storePdfExport(owner.id, { draftId, draftVersion: 1, bytes: fakePdf })).toEqual({ ok: false, reason: "conflict" });
    expect(await listExportsForDraft(owner.id, draftId)).toEqual([]);
  });

  it("hides another user's exports and refuses to store on their draft", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const { id: draftId } = await createDraft(owner.id);
    const stored = await storePdfExport(owner.id, { draftId, draftVersion: 1, bytes: fakePdf });
    if (!stored.ok) throw new Error("setup failed");

    expect(await listExportsForDraft(stranger.id, draftId)).toEqual([]);
    expect(await getExportForUser(stranger.id, draftId, stored.data.id)).toBeNull();
    expect(await storePdfExport(stranger.id, { draftId, draftVersion: 1, bytes: fakePdf })).toEqual({ ok: false, reason: "not_found" });
    // The right export id under the wrong draft id is also a miss.
    const { id: otherDraft } = await createDraft(owner.id);
    expect(await getExportForUser(owner.id, otherDraft, stored.data.id)).toBeNull();
  });
});
