import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { copyDraft, createDraftInSpace } from "@/lib/drafts/mutations";
import { resetEnvForTests } from "@/lib/env";
import { type AppError } from "@/lib/errors";
import { assertOrganisationCap } from "@/lib/limits/data";
import { acceptSuggestion, createRequirement } from "@/lib/requirements/mutations";
import { requirementInputSchema } from "@/lib/requirements/schema";
import { fixtureSuggestions } from "@/lib/testing/catalog-fixtures";
import { createTestOrg, createTestUser } from "@/lib/testing/factories";

// The caps of lib/limits/data.ts against a real SQLite database, each set
// low through its environment variable.
function setLimit(name: string, value: number) {
  vi.stubEnv(name, String(value));
  resetEnvForTests();
}

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});

const input = requirementInputSchema.parse({ text: "Lösningen ska logga.", level: "ska", kravtyp: "KF" });
const refusedWith = (code: string) => expect.objectContaining({ name: "AppError", code }) as AppError;

async function newDraft(userId: string, organizationId: string | null = null) {
  const result = await createDraftInSpace(userId, organizationId);
  if (!result.ok) throw new Error("no draft");
  return result.data.id;
}

describe("caps", () => {
  it("drafts per user: the next draft and a copy are refused, other users are unaffected", async () => {
    setLimit("MAX_DRAFTS_PER_USER", 2);
    const user = await createTestUser();
    const first = await newDraft(user.id);
    await newDraft(user.id);
    await expect(createDraftInSpace(user.id, null)).rejects.toThrow(refusedWith("TOO_MANY_DRAFTS"));
    await expect(copyDraft(user.id, first, "Kopia av ")).rejects.toThrow(refusedWith("TOO_MANY_DRAFTS"));
    expect(await db.draft.count({ where: { createdById: user.id } })).toBe(2);
    await newDraft((await createTestUser()).id);
  });

  it("drafts per organisation count every member's drafts, not the personal space", async () => {
    setLimit("MAX_DRAFTS_PER_ORGANISATION", 2);
    const [a, b] = [await createTestUser(), await createTestUser()];
    const org = await createTestOrg("Kommunen", [
      { userId: a.id, role: "owner" },
      { userId: b.id, role: "editor" },
    ]);
    await newDraft(a.id, org.id);
    await newDraft(b.id, org.id);
    await expect(createDraftInSpace(b.id, org.id)).rejects.toThrow(refusedWith("TOO_MANY_DRAFTS"));
    await newDraft(b.id, null);
  });

  it("requirements per draft: 2,000 fit under the default; at the cap nothing of a refused write is kept", async () => {
    const user = await createTestUser();
    const draftId = await newDraft(user.id);
    // 1,999 rows straight in (the mutation path is what is under test for the 2,000th).
    await db.requirement.createMany({
      data: Array.from({ length: 1999 }, (_, i) => ({
        draftId,
        perspective: "kundnytta",
        number: i + 1,
        position: i + 1,
        text: `Krav ${i + 1}`,
        level: "ska",
        kravtyp: "KF",
        createdById: user.id,
      })),
    });
    await db.draft.update({ where: { id: draftId }, data: { nextNumberKn: 2000 } });
    expect(await createRequirement(user.id, draftId, "kundnytta", input)).toMatchObject({ ok: true });
    setLimit("MAX_REQUIREMENTS_PER_DRAFT", 2000);
    const before = await db.draft.findUniqueOrThrow({ where: { id: draftId } });
    await expect(createRequirement(user.id, draftId, "juridik", input)).rejects.toThrow(
      refusedWith("TOO_MANY_REQUIREMENTS"),
    );
    await expect(acceptSuggestion(user.id, draftId, fixtureSuggestions[0]!)).rejects.toThrow(
      refusedWith("TOO_MANY_REQUIREMENTS"),
    );
    const after = await db.draft.findUniqueOrThrow({ where: { id: draftId } });
    expect(await db.requirement.count({ where: { draftId } })).toBe(2000);
    expect({ version: after.version, ju: after.nextNumberJu }).toEqual({
      version: before.version,
      ju: before.nextNumberJu,
    });
  });

  it("organisations per user", async () => {
    setLimit("MAX_ORGANISATIONS_PER_USER", 1);
    const user = await createTestUser();
    await expect(assertOrganisationCap(user.id)).resolves.toBeUndefined();
    await createTestOrg("Första", [{ userId: user.id, role: "owner" }]);
    await expect(assertOrganisationCap(user.id)).rejects.toThrow(refusedWith("TOO_MANY_ORGANISATIONS"));
  });
});
