import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDraftForUser, listDraftsForUser } from "@/lib/drafts/data";
import { createDraft, createDraftInSpace, saveStartStep } from "@/lib/drafts/mutations";
import { checkDraftAccess, draftWhere, trashedDraftsWhere } from "@/lib/drafts/scope";
import { checkOrgAccess } from "@/lib/orgs/data";
import { createTestOrg, createTestUser } from "@/lib/testing/factories";
import { sampleStart } from "@/lib/testing/sample-start";

async function world() {
  const owner = await createTestUser("Ägare");
  const editor = await createTestUser("Redigerare");
  const reader = await createTestUser("Läsare");
  const outsider = await createTestUser("Utomstående");
  const org = await createTestOrg("Exempla kommun", [
    { userId: owner.id, role: "owner" },
    { userId: editor.id, role: "editor" },
    { userId: reader.id, role: "reader" },
  ]);
  const other = await createTestOrg("Annan kommun", [{ userId: outsider.id, role: "owner" }]);
  const shared = await createDraft(editor.id, org.id);
  const personal = await createDraft(owner.id);
  return { owner, editor, reader, outsider, org, other, shared, personal };
}

describe("draft scope with organisations (real SQLite)", () => {
  it("grants each role exactly its permissions on an organisation's draft", async () => {
    const w = await world();
    const access = (userId: string, permission: "read" | "edit" | "manage") =>
      checkDraftAccess(db, userId, w.shared.id, permission);
    expect(await access(w.owner.id, "manage")).toBe("ok");
    expect(await access(w.editor.id, "edit")).toBe("ok");
    expect(await access(w.editor.id, "manage")).toBe("forbidden");
    expect(await access(w.reader.id, "read")).toBe("ok");
    expect(await access(w.reader.id, "edit")).toBe("forbidden");
    expect(await access(w.outsider.id, "read")).toBe("not_found");
    expect(await access(w.outsider.id, "manage")).toBe("not_found");
  });

  it("keeps a personal draft to its author, even from the author's organisation", async () => {
    const w = await world();
    expect(await getDraftForUser(w.owner.id, w.personal.id)).not.toBeNull();
    expect(await getDraftForUser(w.editor.id, w.personal.id)).toBeNull();
    expect(await checkDraftAccess(db, w.reader.id, w.personal.id, "edit")).toBe("not_found");
  });

  it("lists what the user may see, with the space of each draft", async () => {
    const w = await world();
    const theirs = await createDraft(w.outsider.id, w.other.id);
    const ids = (await listDraftsForUser(w.reader.id)).map((d) => [d.id, d.organizationId]);
    expect(ids).toEqual([[w.shared.id, w.org.id]]);
    expect((await listDraftsForUser(w.owner.id)).map((d) => d.id).sort()).toEqual([w.shared.id, w.personal.id].sort());
    expect((await listDraftsForUser(w.outsider.id)).map((d) => d.id)).toEqual([theirs.id]);
  });

  it("applies a role change and a removal on the very next query", async () => {
    const w = await world();
    const readerMember = w.org.memberIds[w.reader.id]!;
    await db.member.update({ where: { id: readerMember }, data: { role: "editor" } });
    expect(await checkDraftAccess(db, w.reader.id, w.shared.id, "edit")).toBe("ok");
    await db.member.delete({ where: { id: readerMember } });
    expect(await checkDraftAccess(db, w.reader.id, w.shared.id, "read")).toBe("not_found");
  });

  it("refuses a läsare's save as forbidden and a stranger's as not found", async () => {
    const w = await world();
    expect(await saveStartStep(w.reader.id, w.shared.id, 1, sampleStart)).toEqual({ ok: false, reason: "forbidden" });
    expect(await saveStartStep(w.outsider.id, w.shared.id, 1, sampleStart)).toEqual({ ok: false, reason: "not_found" });
    const saved = await saveStartStep(w.editor.id, w.shared.id, 1, sampleStart);
    expect(saved.ok).toBe(true);
  });

  it("creates drafts only where the caller may edit", async () => {
    const w = await world();
    expect(await createDraftInSpace(w.reader.id, w.org.id)).toEqual({ ok: false, reason: "forbidden" });
    expect(await createDraftInSpace(w.outsider.id, w.org.id)).toEqual({ ok: false, reason: "not_found" });
    const created = await createDraftInSpace(w.editor.id, w.org.id);
    expect(created.ok).toBe(true);
  });

  it("hides trashed drafts from reads and shows them in the trash only to who may manage them", async () => {
    const w = await world();
    await db.draft.update({ where: { id: w.shared.id }, data: { deletedAt: new Date() } });
    expect(await db.draft.count({ where: draftWhere(w.owner.id, w.shared.id, "read") })).toBe(0);
    expect(await db.draft.count({ where: { ...trashedDraftsWhere(w.owner.id), id: w.shared.id } })).toBe(1);
    expect(await db.draft.count({ where: { ...trashedDraftsWhere(w.editor.id), id: w.shared.id } })).toBe(0);
  });

  it("tells organisation 404 from 403 by membership and role", async () => {
    const w = await world();
    expect(await checkOrgAccess(w.owner.id, w.org.id, "manage")).toMatchObject({ ok: true, role: "owner" });
    expect(await checkOrgAccess(w.editor.id, w.org.id, "manage")).toEqual({ ok: false, reason: "forbidden" });
    expect(await checkOrgAccess(w.outsider.id, w.org.id, "read")).toEqual({ ok: false, reason: "not_found" });
  });
});
