import { describe, expect, it } from "vitest";
import { autosavePerspectiveAnswers, getPerspectiveAnswers } from "@/lib/autosave/answers";
import { savePerspectiveAnswers } from "@/lib/answers/mutations";
import { perspectiveAnswersDraftSchema } from "@/lib/answers/schema";
import { createDraft } from "@/lib/drafts/mutations";
import { createTestUser } from "@/lib/testing/factories";

describe("perspective autosave", () => {
  it("refuses what the route must refuse, before any write", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const { id } = await createDraft(owner.id);
    await savePerspectiveAnswers(owner.id, id, 1, "kundnytta", { needs: "Först" });
    expect(await autosavePerspectiveAnswers(owner.id, id, "ekonomi", 2, { needs: "x" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await autosavePerspectiveAnswers(owner.id, id, "kundnytta", 2, { channels: ["fax"] })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await autosavePerspectiveAnswers(owner.id, id, "kundnytta", 2, { unknown: "x" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await autosavePerspectiveAnswers(owner.id, id, "kundnytta", 1, { needs: "Gammal bas" })).toEqual({
      ok: false,
      code: "CONFLICT",
    });
    expect(await autosavePerspectiveAnswers(stranger.id, id, "kundnytta", 2, { needs: "Intrång" })).toEqual({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await getPerspectiveAnswers(owner.id, id, "kundnytta")).toEqual({ version: 2, values: { needs: "Först" } });
    expect(await getPerspectiveAnswers(stranger.id, id, "kundnytta")).toBeNull();
  });

  it("saves and answers the new version and time", async () => {
    const owner = await createTestUser();
    const { id } = await createDraft(owner.id);
    const saved = await autosavePerspectiveAnswers(owner.id, id, "kundnytta", 1, { needs: "Sparat" });
    expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await getPerspectiveAnswers(owner.id, id, "kundnytta")).toEqual({ version: 2, values: { needs: "Sparat" } });
  });

  it("reads the answers out of the whole form's values, unchecked choices as unanswered", () => {
    const schema = perspectiveAnswersDraftSchema("kundnytta");
    const raw = { answers: { needs: "Behov", userInvolvement: null, channels: false }, completed: null };
    expect(schema.parse(raw)).toEqual({ needs: "Behov" });
    expect(schema.safeParse({ answers: { channels: ["fax"] } }).success).toBe(false);
    expect(schema.parse(undefined)).toEqual({});
  });
});
