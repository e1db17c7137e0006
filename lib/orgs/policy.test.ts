import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDraftForUser, listDraftsForUser } from "@/lib/drafts/data";
import { createDraft, createDraftInSpace } from "@/lib/drafts/mutations";
import { listOrgsRequiringTwoFactor } from "@/lib/orgs/data";
import { setRequireTwoFactor } from "@/lib/orgs/mutations";
import { AppError } from "@/lib/errors";
import { createTestOrg, createTestUser } from "@/lib/testing/factories";

describe("an organisation that requires two-factor (real SQLite)", () => {
  it("keeps its drafts from members without two-factor, and only from them", async () => {
    const owner = await createTestUser("Olle");
    const member = await createTestUser("Mia");
    const org = await createTestOrg("Tvåstegs kommun", [
      { userId: owner.id, role: "owner" },
      { userId: member.id, role: "editor" },
    ]);
    const draft = await createDraft(owner.id, org.id);
    const personal = await createDraft(member.id, null);
    await db.user.update({ where: { id: owner.id }, data: { twoFactorEnabled: true } });

    expect(await getDraftForUser(member.id, draft.id, "edit")).not.toBeNull();
    await setRequireTwoFactor(org.id, true);

    // The member: no read, no edit, not listed, no new draft there; the personal space is untouched.
    expect(await getDraftForUser(member.id, draft.id, "read")).toBeNull();
    expect((await listDraftsForUser(member.id)).map((d) => d.id)).toEqual([personal.id]);
    await expect(createDraftInSpace(member.id, org.id)).rejects.toEqual(new AppError("TWO_FACTOR_REQUIRED"));
    expect(await listOrgsRequiringTwoFactor(member.id)).toEqual(["Tvåstegs kommun"]);
    // The ägare has it on and keeps everything.
    expect(await getDraftForUser(owner.id, draft.id, "manage")).not.toBeNull();
    expect(await listOrgsRequiringTwoFactor(owner.id)).toEqual([]);

    await db.user.update({ where: { id: member.id }, data: { twoFactorEnabled: true } });
    expect(await getDraftForUser(member.id, draft.id, "edit")).not.toBeNull();
    expect(await listOrgsRequiringTwoFactor(member.id)).toEqual([]);

    // Lifting the rule gives access back to those without it as well.
    await db.user.update({ where: { id: member.id }, data: { twoFactorEnabled: false } });
    await setRequireTwoFactor(org.id, false);
    expect(await getDraftForUser(member.id, draft.id, "edit")).not.toBeNull();
  });
});
