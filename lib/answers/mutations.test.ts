import { describe, expect, it } from "vitest";
import { savePerspectiveAnswers, setStepCompleted } from "@/lib/answers/mutations";
import { normaliseStepValues, perspectiveFormSchema } from "@/lib/answers/schema";
import { getDraftForUser } from "@/lib/drafts/data";
import { createDraft } from "@/lib/drafts/mutations";
import { stepStatuses } from "@/lib/drafts/steps";
import { createRequirement } from "@/lib/requirements/mutations";
import { requirementInputSchema } from "@/lib/requirements/schema";
import { createTestUser } from "@/lib/testing/factories";

describe("guided answers against a real SQLite database", () => {
  it("saves one perspective's answers without touching the others and bumps the version", async () => {
    const owner = await createTestUser();
    const { id } = await createDraft(owner.id);
    const first = await savePerspectiveAnswers(owner.id, id, 1, "kundnytta", {
      needs: "Söka färdtjänst digitalt",
      channels: ["web"],
    });
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    await savePerspectiveAnswers(owner.id, id, 2, "juridik", { hosting: "eu" }, true);

    const draft = await getDraftForUser(owner.id, id);
    expect(draft?.answers).toEqual({
      kundnytta: { needs: "Söka färdtjänst digitalt", channels: ["web"] },
      juridik: { hosting: "eu" },
    });
    expect(draft?.completedSteps).toEqual(["juridik"]);
    expect(draft?.version).toBe(3);
  });

  it("refuses a save based on an old version and a foreign draft", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const { id } = await createDraft(owner.id);
    await savePerspectiveAnswers(owner.id, id, 1, "kundnytta", { needs: "Först" });
    expect(await savePerspectiveAnswers(owner.id, id, 1, "kundnytta", { needs: "Skriver över" })).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect(await savePerspectiveAnswers(stranger.id, id, 2, "kundnytta", { needs: "Intrång" })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect((await getDraftForUser(owner.id, id))?.answers.kundnytta?.needs).toBe("Först");
  });

  it("marks a step Klar and back, and derives every perspective status", async () => {
    const owner = await createTestUser();
    const { id } = await createDraft(owner.id);
    await setStepCompleted(owner.id, id, 1, "organisation", true);
    await savePerspectiveAnswers(owner.id, id, 2, "kundnytta", { userInvolvement: "planned" }, false);
    const ska = requirementInputSchema.parse({ text: "Ett krav", level: "ska", kravtyp: "KF" });
    await createRequirement(owner.id, id, "juridik", ska);

    let draft = (await getDraftForUser(owner.id, id))!;
    expect(draft.requirementCounts).toEqual({ kundnytta: 0, juridik: 1, arbetsmiljo: 0, organisation: 0 });
    expect(stepStatuses(draft.title, draft.context, draft)).toMatchObject({
      kundnytta: "inProgress",
      juridik: "inProgress",
      arbetsmiljo: "notStarted",
      organisation: "completed",
    });
    await setStepCompleted(owner.id, id, draft.version, "organisation", false);
    draft = (await getDraftForUser(owner.id, id))!;
    expect(draft.completedSteps).toEqual([]);
  });

  it("requires the completion question when the whole form is submitted", () => {
    const schema = perspectiveFormSchema("arbetsmiljo");
    expect(schema.safeParse({ answers: {} }).success).toBe(false);
    expect(schema.safeParse({ answers: { riskAssessment: "maybe" }, completed: "yes" }).success).toBe(false);
    expect(schema.safeParse({ answers: { riskAssessment: "planned" }, completed: "no" }).success).toBe(true);
  });

  it("reads an unchecked radio (null) and an empty checkbox group (false) as unanswered", () => {
    const raw = { answers: { userInvolvement: null, channels: false, needs: "Behov" }, completed: "no" };
    const parsed = perspectiveFormSchema("kundnytta").safeParse(normaliseStepValues(raw));
    expect(parsed.success && parsed.data.answers).toEqual({ needs: "Behov" });
    expect(perspectiveFormSchema("kundnytta").safeParse(raw).success).toBe(false);
  });
});
