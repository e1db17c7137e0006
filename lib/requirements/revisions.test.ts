import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { savePerspectiveAnswers } from "@/lib/answers/mutations";
import { getDraftForUser } from "@/lib/drafts/data";
import { createDraft } from "@/lib/drafts/mutations";
import { createRequirement, deleteRequirement, updateRequirement } from "@/lib/requirements/mutations";
import { requirementInputSchema } from "@/lib/requirements/schema";
import { restoreRevision } from "@/lib/revisions/mutations";
import { revisionSnapshotSchema, revisionThrottleMs } from "@/lib/drafts/snapshot";
import { createTestUser } from "@/lib/testing/factories";

// Moves every revision of the draft out of the throttle window, as if the
// user had come back after a break.
async function age(draftId: string) {
  const past = new Date(Date.now() - revisionThrottleMs - 1000);
  await db.draftRevision.updateMany({ where: { draftId }, data: { createdAt: past } });
}

async function revisions(draftId: string) {
  const rows = await db.draftRevision.findMany({ where: { draftId }, orderBy: { version: "asc" } });
  return rows.map((row) => ({ ...row, snapshot: revisionSnapshotSchema.parse(row.snapshot) }));
}

describe("revisions of requirements and guided answers", () => {
  it("records a requirement change after the throttle window, and restoring it brings the row back", async () => {
    const owner = await createTestUser();
    const { id } = await createDraft(owner.id);
    const ska = requirementInputSchema.parse({ text: "Tjänsten ska vara tillgänglig", level: "ska", kravtyp: "KF" });
    const created = await createRequirement(owner.id, id, "kundnytta", ska);
    if (!created.ok) throw new Error("not created");
    expect((await revisions(id)).map((r) => r.version)).toEqual([2]);

    // Within the window: no new revision.
    await updateRequirement(owner.id, id, created.data.id, { ...ska, text: "Inom fönstret" });
    expect((await revisions(id)).map((r) => r.version)).toEqual([2]);

    await age(id);
    const changed = await updateRequirement(owner.id, id, created.data.id, {
      ...ska,
      text: "Tjänsten ska klara WCAG 2.1 AA",
    });
    expect(changed).toMatchObject({ ok: true, data: { version: 4 } });
    const latest = (await revisions(id))[1]!;
    expect(latest.version).toBe(4);
    expect(latest.snapshot.requirements).toEqual([
      expect.objectContaining({ perspective: "kundnytta", number: 1, text: "Tjänsten ska klara WCAG 2.1 AA" }),
    ]);

    await deleteRequirement(owner.id, id, created.data.id);
    expect(await db.requirement.count({ where: { draftId: id } })).toBe(0);
    expect(await restoreRevision(owner.id, id, latest.id)).toMatchObject({ ok: true });
    const rows = await db.requirement.findMany({ where: { draftId: id } });
    expect(rows).toEqual([expect.objectContaining({ number: 1, text: "Tjänsten ska klara WCAG 2.1 AA" })]);
    // The number stays taken: the next requirement is KN-2.
    const next = await createRequirement(owner.id, id, "kundnytta", ska);
    expect(next).toMatchObject({ ok: true, data: { code: "KN-2" } });
  });

  it("records guided answers with the same throttle rule", async () => {
    const owner = await createTestUser();
    const { id } = await createDraft(owner.id);
    await savePerspectiveAnswers(owner.id, id, 1, "kundnytta", { needs: "Först" });
    await savePerspectiveAnswers(owner.id, id, 2, "kundnytta", { needs: "Strax efter" });
    expect((await revisions(id)).map((r) => r.version)).toEqual([2]);
    await age(id);
    await savePerspectiveAnswers(owner.id, id, 3, "juridik", { hosting: "eu" }, true);
    const all = await revisions(id);
    expect(all.map((r) => r.version)).toEqual([2, 4]);
    expect(all[1]!.snapshot.answers).toEqual({ kundnytta: { needs: "Strax efter" }, juridik: { hosting: "eu" } });
    expect((await getDraftForUser(owner.id, id))?.version).toBe(4);
  });
});
