import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDraft } from "@/lib/drafts/mutations";
import { getReviewData } from "@/lib/review/data";
import { createTestUser } from "@/lib/testing/factories";

async function addRequirement(
  draftId: string,
  createdById: string,
  perspective: string,
  number: number,
  position: number,
  text: string,
) {
  await db.requirement.create({
    data: {
      draftId,
      createdById,
      perspective,
      number,
      position,
      text,
      level: "ska",
      kravtyp: "KF",
      verifikat: "Intyg.",
    },
  });
}

describe("getReviewData", () => {
  it("reads requirements in perspective order then position, with codes, and the parsed answers", async () => {
    const owner = await createTestUser();
    const { id } = await createDraft(owner.id);
    await db.draft.update({
      where: { id },
      data: { answers: { juridik: { hosting: "eu", legalNotes: "Arkivlagen gäller." } } },
    });
    await addRequirement(id, owner.id, "organisation", 1, 1, "Leverantören ska ha en exitplan för data.");
    await addRequirement(id, owner.id, "kundnytta", 3, 2, "Andra kravet i kundnytta.");
    await addRequirement(id, owner.id, "kundnytta", 5, 1, "Första kravet i kundnytta.");
    await addRequirement(id, owner.id, "juridik", 1, 1, "Personuppgiftsbiträdesavtal ska tecknas.");

    const data = await getReviewData(owner.id, id);
    expect(data?.requirements.map((requirement) => requirement.code)).toEqual(["KN-5", "KN-3", "JU-1", "OR-1"]);
    expect(data?.requirements[0]).toMatchObject({
      text: "Första kravet i kundnytta.",
      level: "ska",
      kravtyp: "KF",
      weight: null,
    });
    expect(data?.answers).toEqual({ juridik: { hosting: "eu", legalNotes: "Arkivlagen gäller." } });
  });

  it("gives nothing to another user, and nothing for a trashed draft", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const { id } = await createDraft(owner.id);
    await addRequirement(id, owner.id, "kundnytta", 1, 1, "Ett krav som bara ägaren får se.");
    expect(await getReviewData(stranger.id, id)).toBeNull();
    await db.draft.update({ where: { id }, data: { deletedAt: new Date() } });
    expect(await getReviewData(owner.id, id)).toBeNull();
  });

  it("refuses stored answers that no longer parse", async () => {
    const owner = await createTestUser();
    const { id } = await createDraft(owner.id);
    await db.draft.update({ where: { id }, data: { answers: { juridik: { hosting: "moon" } } } });
    await expect(getReviewData(owner.id, id)).rejects.toThrow("INTERNAL");
  });
});
