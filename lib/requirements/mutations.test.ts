import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDraft } from "@/lib/drafts/mutations";
import { listDismissedSuggestionIds, listRequirements } from "@/lib/requirements/data";
import {
  acceptSuggestion,
  createRequirement,
  deleteRequirement,
  dismissSuggestion,
  distributeBorWeights,
  moveRequirement,
  restoreSuggestion,
  updateRequirement,
} from "@/lib/requirements/mutations";
import { requirementInputSchema } from "@/lib/requirements/schema";
import { revisionSnapshotSchema, revisionThrottleMs } from "@/lib/drafts/snapshot";
import { fixtureSuggestions } from "@/lib/testing/catalog-fixtures";
import { createTestUser } from "@/lib/testing/factories";

const input = (text: string, extra: Record<string, unknown> = {}) =>
  requirementInputSchema.parse({
    text,
    level: "ska",
    kravtyp: "KF",
    motiv: "",
    verifikat: "",
    uppfoljning: "",
    ...extra,
  });

async function setup() {
  const owner = await createTestUser("Ägare");
  const { id } = await createDraft(owner.id);
  return { owner, draftId: id };
}

const version = async (id: string) => (await db.draft.findUniqueOrThrow({ where: { id } })).version;

describe("requirements against a real SQLite database", () => {
  it("numbers requirements per perspective and bumps the draft version on every write", async () => {
    const { owner, draftId } = await setup();
    const first = await createRequirement(owner.id, draftId, "kundnytta", input("Första kravet"));
    const second = await createRequirement(owner.id, draftId, "kundnytta", input("Andra kravet"));
    const legal = await createRequirement(owner.id, draftId, "juridik", input("Juridiskt krav"));
    expect(first).toMatchObject({ ok: true, data: { code: "KN-1", version: 2 } });
    expect(second).toMatchObject({ ok: true, data: { code: "KN-2", version: 3 } });
    expect(legal).toMatchObject({ ok: true, data: { code: "JU-1", version: 4 } });
    expect(await version(draftId)).toBe(4);
    expect((await listRequirements(owner.id, draftId, "kundnytta")).map((r) => r.code)).toEqual(["KN-1", "KN-2"]);
    expect((await listRequirements(owner.id, draftId)).map((r) => r.code)).toEqual(["KN-1", "KN-2", "JU-1"]);
  });

  it("never hands out a deleted requirement's number again", async () => {
    const { owner, draftId } = await setup();
    await createRequirement(owner.id, draftId, "arbetsmiljo", input("Ett"));
    const two = await createRequirement(owner.id, draftId, "arbetsmiljo", input("Två"));
    if (!two.ok) throw new Error("create failed");
    expect(await deleteRequirement(owner.id, draftId, two.data.id)).toMatchObject({ ok: true, data: { code: "AM-2" } });
    const three = await createRequirement(owner.id, draftId, "arbetsmiljo", input("Tre"));
    expect(three).toMatchObject({ ok: true, data: { code: "AM-3" } });
    expect((await listRequirements(owner.id, draftId, "arbetsmiljo")).map((r) => r.code)).toEqual(["AM-1", "AM-3"]);
  });

  it("reorders by swapping with the neighbour and does nothing at the ends", async () => {
    const { owner, draftId } = await setup();
    const ids: string[] = [];
    for (const text of ["A", "B", "C"]) {
      const result = await createRequirement(owner.id, draftId, "organisation", input(text));
      if (result.ok) ids.push(result.data.id);
    }
    const [a, , c] = ids as [string, string, string];
    await moveRequirement(owner.id, draftId, c, "up");
    expect((await listRequirements(owner.id, draftId, "organisation")).map((r) => r.text)).toEqual(["A", "C", "B"]);
    await moveRequirement(owner.id, draftId, a, "down");
    expect((await listRequirements(owner.id, draftId, "organisation")).map((r) => r.text)).toEqual(["C", "A", "B"]);
    const atTop = await moveRequirement(owner.id, draftId, c, "up");
    expect(atTop).toMatchObject({ ok: true, data: { moved: false, code: "OR-3" } });
    expect((await listRequirements(owner.id, draftId, "organisation")).map((r) => r.code)).toEqual([
      "OR-3",
      "OR-1",
      "OR-2",
    ]);
  });

  it("accepts a suggestion as a requirement that keeps its provenance, once", async () => {
    const { owner, draftId } = await setup();
    const suggestion = fixtureSuggestions.find((s) => s.id === "s-test-ju-tredjeland")!;
    const accepted = await acceptSuggestion(owner.id, draftId, suggestion);
    expect(accepted).toMatchObject({ ok: true, data: { code: "JU-1" } });
    const again = await acceptSuggestion(owner.id, draftId, suggestion);
    expect(again).toMatchObject({ ok: true, data: { code: "JU-1" } });
    const [row, ...rest] = await listRequirements(owner.id, draftId, "juridik");
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      code: "JU-1",
      text: suggestion.text,
      motiv: suggestion.motiv,
      verifikat: suggestion.verifikat,
      uppfoljning: suggestion.uppfoljning,
      level: "ska",
      kravtyp: "KF",
      suggestionId: "s-test-ju-tredjeland",
      modelIds: ["m-test-dataskydd", "m-test-process"],
    });
  });

  it("gives the first accepted bör-suggestion the whole evaluation and drops the weight when it becomes ska", async () => {
    const { owner, draftId } = await setup();
    const effect = fixtureSuggestions.find((s) => s.id === "s-test-kn-effekt")!;
    const accepted = await acceptSuggestion(owner.id, draftId, effect);
    if (!accepted.ok) throw new Error("accept failed");
    expect((await listRequirements(owner.id, draftId))[0]).toMatchObject({ level: "bor", weight: 100 });

    await updateRequirement(
      owner.id,
      draftId,
      accepted.data.id,
      input("Nu ett ska-krav", { level: "ska", weight: 30 }),
    );
    const row = await db.requirement.findUniqueOrThrow({ where: { id: accepted.data.id } });
    expect(row).toMatchObject({ text: "Nu ett ska-krav", level: "ska", weight: null });

    await updateRequirement(owner.id, draftId, accepted.data.id, input("Bör igen", { level: "bor", weight: "25" }));
    expect(await db.requirement.findUniqueOrThrow({ where: { id: accepted.data.id } })).toMatchObject({
      level: "bor",
      weight: 25,
    });
  });

  it("proposes bör weights relative to the accepted set, keeping 100 %", async () => {
    const { owner, draftId } = await setup();
    const catalogWeight = (id: string) => fixtureSuggestions.find((s) => s.id === id)?.weight;
    const pick = (id: string) => fixtureSuggestions.find((s) => s.id === id)!;
    // Catalog weights 20 (effekt), 10 (test) and 15 (logg): 44.4, 22.2 and 33.3 % once all three are in.
    for (const id of ["s-test-kn-effekt", "s-test-kn-test", "s-test-ju-logg"])
      await acceptSuggestion(owner.id, draftId, pick(id), catalogWeight);
    const rows = await listRequirements(owner.id, draftId);
    expect(rows.map((r) => [r.code, r.weight])).toEqual([
      ["KN-1", 45],
      ["KN-2", 22],
      ["JU-1", 33],
    ]);
    // A ska suggestion leaves the weights alone.
    await acceptSuggestion(owner.id, draftId, pick("s-test-kn-behov"), catalogWeight);
    expect((await listRequirements(owner.id, draftId)).reduce((sum, r) => sum + (r.weight ?? 0), 0)).toBe(100);
  });

  it("distributes the bör weights to exactly 100 % and records it in the revision", async () => {
    const { owner, draftId } = await setup();
    const bor = (text: string, weight?: number) => input(text, { level: "bor", kravtyp: "TK", weight });
    await createRequirement(owner.id, draftId, "kundnytta", bor("Kriterium ett", 30));
    await createRequirement(owner.id, draftId, "juridik", bor("Kriterium två", 30));
    await createRequirement(owner.id, draftId, "kundnytta", bor("Kriterium tre"));
    await createRequirement(owner.id, draftId, "organisation", input("Ett ska-krav"));
    // Out of the revision throttle window, as after a break: the change gets its own revision.
    await db.draftRevision.updateMany({
      where: { draftId },
      data: { createdAt: new Date(Date.now() - revisionThrottleMs - 1000) },
    });
    const before = await version(draftId);
    const result = await distributeBorWeights(owner.id, draftId);
    expect(result).toMatchObject({ ok: true, data: { count: 3, changed: 3, version: before + 1 } });
    // The missing weight counts as the mean (30): three equal thirds, the extra percent to the first row.
    const rows = await listRequirements(owner.id, draftId);
    expect(rows.map((r) => [r.code, r.weight])).toEqual([
      ["KN-1", 34],
      ["KN-2", 33],
      ["JU-1", 33],
      ["OR-1", null],
    ]);
    const latest = await db.draftRevision.findFirstOrThrow({ where: { draftId }, orderBy: { version: "desc" } });
    expect(latest.version).toBe(before + 1);
    const snapshot = revisionSnapshotSchema.parse(latest.snapshot);
    expect(snapshot.requirements.map((r) => r.weight).sort()).toEqual([33, 33, 34, null].sort());
    const stranger = await createTestUser("Främling");
    expect(await distributeBorWeights(stranger.id, draftId)).toEqual({ ok: false, reason: "not_found" });
  });

  it("remembers dismissed suggestions per draft and restores them", async () => {
    const { owner, draftId } = await setup();
    const other = await createDraft(owner.id);
    await dismissSuggestion(owner.id, draftId, "s-test-kn-behov");
    await dismissSuggestion(owner.id, draftId, "s-test-kn-behov");
    await dismissSuggestion(owner.id, draftId, "s-test-kn-effekt");
    expect(await listDismissedSuggestionIds(owner.id, draftId)).toEqual(["s-test-kn-behov", "s-test-kn-effekt"]);
    expect(await listDismissedSuggestionIds(owner.id, other.id)).toEqual([]);
    await restoreSuggestion(owner.id, draftId, "s-test-kn-behov");
    expect(await listDismissedSuggestionIds(owner.id, draftId)).toEqual(["s-test-kn-effekt"]);
  });

  it("treats another user's draft as missing for every write and every read", async () => {
    const { owner, draftId } = await setup();
    const stranger = await createTestUser("Främling");
    const created = await createRequirement(owner.id, draftId, "kundnytta", input("Ägarens krav"));
    if (!created.ok) throw new Error("create failed");
    const before = await version(draftId);
    const suggestion = fixtureSuggestions[0]!;

    expect(await createRequirement(stranger.id, draftId, "kundnytta", input("Intrång"))).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await updateRequirement(stranger.id, draftId, created.data.id, input("Ändrat"))).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await deleteRequirement(stranger.id, draftId, created.data.id)).toEqual({ ok: false, reason: "not_found" });
    expect(await moveRequirement(stranger.id, draftId, created.data.id, "down")).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await acceptSuggestion(stranger.id, draftId, suggestion)).toEqual({ ok: false, reason: "not_found" });
    expect(await dismissSuggestion(stranger.id, draftId, suggestion.id)).toEqual({ ok: false, reason: "not_found" });
    expect(await listRequirements(stranger.id, draftId)).toEqual([]);
    expect(await version(draftId)).toBe(before);
    expect((await listRequirements(owner.id, draftId))[0]?.text).toBe("Ägarens krav");
  });

  it("does not touch a requirement through another draft's id", async () => {
    const { owner, draftId } = await setup();
    const other = await createDraft(owner.id);
    const created = await createRequirement(owner.id, draftId, "kundnytta", input("Stannar"));
    if (!created.ok) throw new Error("create failed");
    expect(await deleteRequirement(owner.id, other.id, created.data.id)).toEqual({ ok: false, reason: "not_found" });
    expect(await listRequirements(owner.id, draftId)).toHaveLength(1);
  });

  it("hides a trashed draft's requirements and refuses writes to it", async () => {
    const { owner, draftId } = await setup();
    await createRequirement(owner.id, draftId, "kundnytta", input("Före papperskorgen"));
    await db.draft.update({ where: { id: draftId }, data: { deletedAt: new Date() } });
    expect(await listRequirements(owner.id, draftId)).toEqual([]);
    expect(await createRequirement(owner.id, draftId, "kundnytta", input("Efter"))).toEqual({
      ok: false,
      reason: "not_found",
    });
  });
});
