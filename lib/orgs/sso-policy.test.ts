import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDraftForUser, listDraftsForUser } from "@/lib/drafts/data";
import { createDraft, createDraftInSpace } from "@/lib/drafts/mutations";
import { listOrgsRequiringSso } from "@/lib/orgs/data";
import { setRequireSso } from "@/lib/orgs/mutations";
import { AppError } from "@/lib/errors";
import { createTestOrg, createTestUser } from "@/lib/testing/factories";

const hour = 60 * 60 * 1000;

async function signIn(userId: string, signInMethod: "password" | "sso", expiresInMs = hour) {
  return db.session.create({
    data: {
      id: randomUUID(),
      token: randomUUID(),
      userId,
      signInMethod,
      expiresAt: new Date(Date.now() + expiresInMs),
      updatedAt: new Date(),
    },
  });
}

describe("an organisation that requires SSO (real SQLite)", () => {
  it("keeps its drafts from members with a live password sign-in, and only from them", async () => {
    const owner = await createTestUser("Olle");
    const member = await createTestUser("Mia");
    const org = await createTestOrg("Inloggnings kommun", [
      { userId: owner.id, role: "owner" },
      { userId: member.id, role: "editor" },
    ]);
    const draft = await createDraft(owner.id, org.id);
    const personal = await createDraft(member.id, null);
    await signIn(owner.id, "sso");
    const password = await signIn(member.id, "password");

    expect(await getDraftForUser(member.id, draft.id, "edit")).not.toBeNull();
    await setRequireSso(org.id, true);

    // The password member: no read, not listed, no new draft there, told why; the personal space is untouched.
    expect(await getDraftForUser(member.id, draft.id, "read")).toBeNull();
    expect((await listDraftsForUser(member.id)).map((d) => d.id)).toEqual([personal.id]);
    await expect(createDraftInSpace(member.id, org.id)).rejects.toEqual(new AppError("SSO_REQUIRED"));
    expect(await listOrgsRequiringSso(member.id)).toEqual(["Inloggnings kommun"]);
    // The ägare signed in through SSO keeps everything.
    expect(await getDraftForUser(owner.id, draft.id, "manage")).not.toBeNull();
    expect(await listOrgsRequiringSso(owner.id)).toEqual([]);

    // An SSO sign-in next to a live password one is not enough: the password session is shut out with it.
    await signIn(member.id, "sso");
    expect(await getDraftForUser(member.id, draft.id, "read")).toBeNull();
    // Signing the password session out (or it expiring) lets the SSO sign-in in.
    await db.session.delete({ where: { id: password.id } });
    expect(await getDraftForUser(member.id, draft.id, "edit")).not.toBeNull();
    expect(await listOrgsRequiringSso(member.id)).toEqual([]);
    await signIn(member.id, "password", -hour);
    expect(await getDraftForUser(member.id, draft.id, "edit")).not.toBeNull();
    expect((await createDraftInSpace(member.id, org.id)).ok).toBe(true);

    // Lifting the rule gives password sign-ins access back.
    await signIn(member.id, "password");
    expect(await getDraftForUser(member.id, draft.id, "read")).toBeNull();
    await setRequireSso(org.id, false);
    expect(await getDraftForUser(member.id, draft.id, "edit")).not.toBeNull();
  });
});
