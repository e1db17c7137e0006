import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportAccountData, getDeletionImpact, listOwnSessions } from "@/lib/account/data";
import { endOtherSessions, endOwnSession, removePersonalDrafts } from "@/lib/account/mutations";
import { createDraft } from "@/lib/drafts/mutations";
import { createTestOrg, createTestUser } from "@/lib/testing/factories";

let counter = 0;
async function newSession(userId: string) {
  counter += 1;
  return db.session.create({
    data: {
      id: `s-${counter}-${userId}`,
      token: `t-${counter}-${userId}`,
      userId,
      expiresAt: new Date(Date.now() + 3_600_000),
      ipAddress: "127.0.0.1",
      userAgent: "Test",
    },
  });
}

describe("account (real SQLite)", () => {
  it("ends only the caller's own other sessions", async () => {
    const anna = await createTestUser("Anna");
    const bert = await createTestUser("Bert");
    const current = await newSession(anna.id);
    const other = await newSession(anna.id);
    const foreign = await newSession(bert.id);

    expect(await endOwnSession(anna.id, foreign.id, current.id)).toEqual({ ok: false, reason: "not_found" });
    expect(await endOwnSession(anna.id, current.id, current.id)).toEqual({ ok: false, reason: "not_found" });
    expect(await endOwnSession(anna.id, other.id, current.id)).toEqual({ ok: true, data: undefined });
    expect((await listOwnSessions(anna.id)).map((s) => s.id)).toEqual([current.id]);
    expect(await db.session.count({ where: { id: foreign.id } })).toBe(1);
    const third = await newSession(anna.id);
    expect(await endOtherSessions(anna.id, current.id)).toBe(1);
    expect(await db.session.count({ where: { id: third.id } })).toBe(0);
    // The list never carries the token.
    expect(Object.keys((await listOwnSessions(anna.id))[0]!)).not.toContain("token");
  });

  it("removes personal drafts, keeps organisation drafts, and names organisations it would leave ownerless", async () => {
    const owner = await createTestUser("Olle");
    const colleague = await createTestUser("Cilla");
    const org = await createTestOrg("Exempla kommun", [
      { userId: owner.id, role: "owner" },
      { userId: colleague.id, role: "editor" },
    ]);
    const personal = await createDraft(owner.id, null);
    const shared = await createDraft(owner.id, org.id);
    const colleagues = await createDraft(colleague.id, null);

    expect(await getDeletionImpact(owner.id)).toEqual({ personalDrafts: 1, soleOwnerOf: ["Exempla kommun"] });
    expect(await getDeletionImpact(colleague.id)).toEqual({ personalDrafts: 1, soleOwnerOf: [] });

    expect(await removePersonalDrafts(owner.id)).toBe(1);
    expect(await db.draft.count({ where: { id: personal.id } })).toBe(0);
    expect(await db.draft.count({ where: { id: { in: [shared.id, colleagues.id] } } })).toBe(2);
  });

  it("exports the user's own data without secrets", async () => {
    const user = await createTestUser("Export Ella");
    await newSession(user.id);
    await createDraft(user.id, null);
    const data = await exportAccountData(user.id);
    const json = JSON.stringify(data);
    expect(data?.user.name).toBe("Export Ella");
    expect(data?.user.drafts).toHaveLength(1);
    expect(data?.user.sessions).toHaveLength(1);
    expect(json).not.toMatch(/"token"|"password"/);
    expect(await exportAccountData("no-such-user")).toBeNull();
  });
});
