import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDraftForUser, listDraftsForUser } from "@/lib/drafts/data";
import { createDraft, saveStartStep } from "@/lib/drafts/mutations";
import { createTestUser } from "@/lib/testing/factories";
import { sampleStart } from "@/lib/testing/sample-start";

const start = sampleStart;

describe("drafts against a real SQLite database", () => {
  it("creates an empty draft that only its creator can read", async () => {
    const owner = await createTestUser("Ägare");
    const stranger = await createTestUser("Främling");
    const { id } = await createDraft(owner.id);

    const draft = await getDraftForUser(owner.id, id);
    expect(draft).toMatchObject({ id, title: "", status: "draft", version: 1, context: {} });
    expect(await getDraftForUser(stranger.id, id)).toBeNull();
    expect(await getDraftForUser(owner.id, "c000000000000000000000000")).toBeNull();
  });

  it("lists a user's drafts newest first and nobody else's", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const first = await createDraft(owner.id);
    const second = await createDraft(owner.id);
    await createDraft(stranger.id);
    await saveStartStep(owner.id, first.id, 1, start);

    const list = await listDraftsForUser(owner.id);
    expect(list.map((d) => d.id)).toEqual([first.id, second.id]);
    expect(list[0]).toMatchObject({ title: start.title, version: 2 });
  });

  it("saves the Start step, bumps the version and parses the stored context back", async () => {
    const owner = await createTestUser();
    const { id } = await createDraft(owner.id);
    const result = await saveStartStep(owner.id, id, 1, start);
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });

    const draft = await getDraftForUser(owner.id, id);
    expect(draft?.title).toBe(start.title);
    expect(draft?.context).toEqual({ ...start, title: undefined });
  });

  it("refuses a save based on an old version instead of overwriting", async () => {
    const owner = await createTestUser();
    const { id } = await createDraft(owner.id);
    expect((await saveStartStep(owner.id, id, 1, start)).ok).toBe(true);

    const stale = await saveStartStep(owner.id, id, 1, { ...start, title: "Skriver över" });
    expect(stale).toEqual({ ok: false, reason: "conflict" });
    expect((await getDraftForUser(owner.id, id))?.title).toBe(start.title);
  });

  it("treats another user's draft as missing and leaves it untouched", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const { id } = await createDraft(owner.id);

    expect(await saveStartStep(stranger.id, id, 1, start)).toEqual({ ok: false, reason: "not_found" });
    const row = await db.draft.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: "", version: 1 });
  });

  it("fails loudly when a stored context no longer matches its schema", async () => {
    const owner = await createTestUser();
    const { id } = await createDraft(owner.id);
    await db.draft.update({ where: { id }, data: { context: { personalData: "kanske" } } });
    await expect(getDraftForUser(owner.id, id)).rejects.toMatchObject({ code: "INTERNAL" });
  });
});
