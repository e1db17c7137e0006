import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { suggestions } from "@/lib/catalog";
import { getDraftForUser } from "@/lib/drafts/data";
import { createDraft, saveStartStep } from "@/lib/drafts/mutations";
import { setStepCompleted } from "@/lib/answers/mutations";
import { createRequirement } from "@/lib/requirements/mutations";
import { listTemplateSources } from "@/lib/templates/data";
import { kindContexts, startingSet, startingSetPerPerspective, templateKinds } from "@/lib/templates/kinds";
import { createDraftFromDraft, createDraftFromKind, setDraftTemplate } from "@/lib/templates/mutations";
import { fromDraftSchema, fromKindSchema } from "@/lib/templates/schema";
import { createTestOrg, createTestUser } from "@/lib/testing/factories";
import { sampleStart } from "@/lib/testing/sample-start";
import { perspectives } from "@/lib/vocabulary";

describe("template kinds (pure)", () => {
  it("starts every kind with ranked suggestions from each perspective", () => {
    for (const kind of templateKinds) {
      const set = startingSet(kind);
      for (const perspective of perspectives) {
        const own = set.filter((s) => s.perspective === perspective);
        expect(own.length, `${kind}/${perspective}`).toBeGreaterThan(0);
        expect(own.length).toBeLessThanOrEqual(startingSetPerPerspective);
      }
    }
  });

  it("follows the context: sensitive data brings data-protection suggestions, citizens accessibility", () => {
    const cloud = startingSet("molntjanst").map((s) => s.id);
    const service = startingSet("e_tjanst").map((s) => s.id);
    // Different contexts give different sets; the catalog decides which.
    expect(cloud).not.toEqual(service);
    expect(kindContexts.molntjanst.personalData).toBe("sensitive");
    // The set is taken from the catalog as passed in, not from fixed ids.
    expect(startingSet("e_tjanst", suggestions.slice(0, 0))).toEqual([]);
  });

  it("validates the forms with Swedish error keys", () => {
    expect(fromKindSchema.safeParse({ kind: "okänd" }).success).toBe(false);
    expect(fromKindSchema.parse({ kind: "e_tjanst" }).title).toBe("");
    expect(fromKindSchema.safeParse({ kind: "e_tjanst", title: "x".repeat(201) }).error?.issues[0]?.message).toBe(
      "tooLong",
    );
    expect(fromDraftSchema.safeParse({ sourceId: "" }).error?.issues[0]?.message).toBe("chooseOne");
  });
});

describe("templates (real SQLite)", () => {
  it("creates a draft of a kind with Start pre-filled and the starting set adopted", async () => {
    const user = await createTestUser();
    const result = await createDraftFromKind(user.id, null, "valfardsteknik", "Trygghetslarm 2027");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const draft = await getDraftForUser(user.id, result.data.id);
    expect(draft?.title).toBe("Trygghetslarm 2027");
    expect(draft?.context.productTypes).toEqual(["hardware_software", "app"]);
    const rows = await db.requirement.findMany({ where: { draftId: result.data.id } });
    expect(rows.map((r) => r.suggestionId).sort()).toEqual(
      startingSet("valfardsteknik")
        .map((s) => s.id)
        .sort(),
    );
    expect(result.data.adopted).toBe(rows.length);
  });

  it("refuses a läsare's space and copies a template into a new procurement", async () => {
    const owner = await createTestUser();
    const reader = await createTestUser();
    const outsider = await createTestUser();
    const org = await createTestOrg("Mallkommun", [
      { userId: owner.id, role: "owner" },
      { userId: reader.id, role: "reader" },
    ]);
    expect(await createDraftFromKind(reader.id, org.id, "e_tjanst", "x")).toEqual({ ok: false, reason: "forbidden" });

    const source = await createDraft(owner.id, org.id);
    expect((await saveStartStep(owner.id, source.id, 1, { ...sampleStart, title: "Mall: e-arkiv" })).ok).toBe(true);
    await createRequirement(owner.id, source.id, "juridik", {
      text: "Leverantören ska följa arkivlagen.",
      level: "ska",
      kravtyp: "KF",
      motiv: "",
      verifikat: "Intyg.",
      uppfoljning: "",
    });
    expect((await setStepCompleted(owner.id, source.id, 3, "juridik", true)).ok).toBe(true);

    // Only the ägare marks templates; outsiders cannot see the draft at all.
    expect(await setDraftTemplate(reader.id, source.id, true)).toEqual({ ok: false, reason: "forbidden" });
    expect(await setDraftTemplate(outsider.id, source.id, true)).toEqual({ ok: false, reason: "not_found" });
    expect(await setDraftTemplate(owner.id, source.id, true)).toEqual({ ok: true, data: { isTemplate: true } });
    const personal = await createDraft(owner.id);
    expect(await setDraftTemplate(owner.id, personal.id, true)).toEqual({ ok: false, reason: "not_found" });

    const sources = await listTemplateSources(reader.id);
    expect(sources.templates).toEqual([{ id: source.id, title: "Mall: e-arkiv", organizationName: "Mallkommun" }]);
    expect(sources.recent.map((s) => s.id)).not.toContain(source.id);
    expect((await listTemplateSources(outsider.id)).templates).toEqual([]);

    // A läsare's copy lands in the personal space, with a new title and no section marked Klar.
    const copy = await createDraftFromDraft(reader.id, source.id, "E-arkiv 2027", "Kopia av ");
    expect(copy.ok).toBe(true);
    if (!copy.ok) return;
    const draft = await getDraftForUser(reader.id, copy.data.id);
    expect(draft).toMatchObject({ title: "E-arkiv 2027", organizationId: null, completedSteps: [] });
    expect(draft?.context.organisation).toBe(sampleStart.organisation);
    expect(draft?.requirementCounts.juridik).toBe(1);
    const row = await db.draft.findUniqueOrThrow({ where: { id: copy.data.id } });
    expect(row.isTemplate).toBe(false);
    expect(await createDraftFromDraft(outsider.id, source.id, "x", "")).toEqual({ ok: false, reason: "not_found" });
  });
});
