import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDraft, saveStartStep } from "@/lib/drafts/mutations";
import { getFollowUpPlan, listDueFollowUps } from "@/lib/followup/data";
import { recordFollowUpDone, saveFollowUpItem, setContractStart } from "@/lib/followup/mutations";
import { buildFollowUpPlan, inferRole, inferTiming } from "@/lib/followup/plan";
import { followUpDoneInputSchema, followUpItemInputSchema } from "@/lib/followup/schema";
import { createRequirement, deleteRequirement } from "@/lib/requirements/mutations";
import { createTestOrg, createTestUser } from "@/lib/testing/factories";
import { sampleStart } from "@/lib/testing/sample-start";

const base = { level: "ska" as const, kravtyp: "KF" as const, motiv: "", verifikat: "" };

describe("uppföljningsplan generation (pure)", () => {
  it("reads when and who from the uppföljning text and the perspective", () => {
    expect(inferTiming("Kontrolleras vid leverans.")).toBe("delivery");
    expect(inferTiming("Följs upp tre månader efter leverans.")).toBe("months3");
    expect(inferTiming("Följs upp årligen vid avtalsmöte.")).toBe("yearly");
    expect(inferTiming("Stäms av före förlängning av avtalet.")).toBe("renewal");
    expect(inferTiming("Prövas i acceptanstest.")).toBe("acceptance");
    expect(inferTiming("Stickprov.")).toBe("acceptance");
    expect(inferRole("arbetsmiljo", "Användarna ska kunna pausa.")).toBe("arbetsmiljo");
    expect(inferRole("juridik", "Personuppgiftsbiträdesavtal ska finnas.")).toBe("dataskyddsombud");
  });

  it("lists only requirements with an uppföljning, in perspective order, with edits laid over", () => {
    const req = (id: string, perspective: "kundnytta" | "juridik", number: number, uppfoljning: string) => ({
      id,
      perspective,
      number,
      position: number,
      text: `Krav ${id}`,
      uppfoljning,
    });
    const plan = buildFollowUpPlan(
      [req("b", "juridik", 1, "Årligen."), req("a", "kundnytta", 2, "Vid leverans."), req("c", "kundnytta", 1, " ")],
      [{ requirementId: "b", what: null, how: null, timing: "renewal", role: null, doneAt: "2027-02-01", note: "Ok" }],
    );
    expect(plan.map((item) => item.code)).toEqual(["KN-2", "JU-1"]);
    expect(plan[0]).toMatchObject({ what: "Krav a", how: "Vid leverans.", timing: "delivery", edited: false });
    expect(plan[1]).toMatchObject({ timing: "renewal", role: "avtalsansvarig", doneAt: "2027-02-01", edited: true });
  });

  it("refuses bad input with Swedish error keys", () => {
    expect(
      followUpItemInputSchema.safeParse({ what: "", how: "x", timing: "x", role: "x" }).error?.issues,
    ).toHaveLength(3);
    expect(followUpDoneInputSchema.safeParse({ doneAt: "2027-02-30" }).error?.issues[0]?.message).toBe("invalidDate");
    expect(followUpDoneInputSchema.safeParse({ doneAt: "", note: "x".repeat(1001) }).error?.issues[0]?.message).toBe(
      "tooLong",
    );
  });
});

describe("uppföljningsplan (real SQLite)", () => {
  it("is generated from the requirements, edited, marked done and shown as due", async () => {
    const user = await createTestUser();
    const draft = await createDraft(user.id, null);
    await saveStartStep(user.id, draft.id, 1, { ...sampleStart, title: "Uppföljning", contractMonths: 24 });
    const kn = await createRequirement(user.id, draft.id, "kundnytta", {
      ...base,
      text: "Invånaren ska kunna se ärendets status.",
      uppfoljning: "Kontrolleras vid leverans.",
    });
    const am = await createRequirement(user.id, draft.id, "arbetsmiljo", {
      ...base,
      text: "Handläggaren ska kunna pausa utan att förlora arbete.",
      uppfoljning: "Enkät till användarna årligen.",
    });
    await createRequirement(user.id, draft.id, "juridik", { ...base, text: "Utan uppföljning.", uppfoljning: "" });
    if (!kn.ok || !am.ok) throw new Error("setup failed");
    const [knRow, amRow] = await Promise.all([
      db.requirement.findFirstOrThrow({ where: { draftId: draft.id, perspective: "kundnytta" } }),
      db.requirement.findFirstOrThrow({ where: { draftId: draft.id, perspective: "arbetsmiljo" } }),
    ]);

    let plan = await getFollowUpPlan(user.id, draft.id, "2027-03-01");
    expect(plan?.items.map((i) => [i.code, i.timing, i.role, i.status])).toEqual([
      ["KN-1", "delivery", "verksamhetsansvarig", "unscheduled"],
      ["AM-1", "yearly", "arbetsmiljo", "unscheduled"],
    ]);

    expect(await setContractStart(user.id, draft.id, "2027-01-10")).toEqual({ ok: true, data: undefined });
    expect(
      await saveFollowUpItem(user.id, draft.id, amRow.id, {
        what: "Pauser",
        how: "Enkät",
        timing: "months3",
        role: "arbetsmiljo",
      }),
    ).toEqual({ ok: true, data: undefined });
    expect((await listDueFollowUps(user.id, "2027-03-01")).map((d) => d.code)).toEqual(["KN-1"]);
    expect((await listDueFollowUps(user.id, "2027-04-10")).map((d) => [d.code, d.dueDate])).toEqual([
      ["KN-1", "2027-01-10"],
      ["AM-1", "2027-04-10"],
    ]);

    await recordFollowUpDone(user.id, draft.id, knRow.id, { doneAt: "2027-01-12", note: "Godkänd." });
    plan = await getFollowUpPlan(user.id, draft.id, "2027-04-10");
    expect(plan?.items[0]).toMatchObject({ status: "done", doneAt: "2027-01-12", note: "Godkänd." });
    expect(plan?.items[1]).toMatchObject({ what: "Pauser", timing: "months3", status: "due", edited: true });

    // The plan follows the requirements: a deleted one takes its item along.
    await deleteRequirement(user.id, draft.id, knRow.id);
    expect(await db.followUpItem.count({ where: { requirementId: knRow.id } })).toBe(0);
    expect((await getFollowUpPlan(user.id, draft.id, "2027-04-10"))?.items.map((i) => i.code)).toEqual(["AM-1"]);
  });

  it("is scoped: a läsare reads but may not edit, an outsider sees nothing", async () => {
    const owner = await createTestUser();
    const reader = await createTestUser();
    const outsider = await createTestUser();
    const org = await createTestOrg("Uppföljningskommun", [
      { userId: owner.id, role: "owner" },
      { userId: reader.id, role: "reader" },
    ]);
    const draft = await createDraft(owner.id, org.id);
    await createRequirement(owner.id, draft.id, "kundnytta", { ...base, text: "Krav.", uppfoljning: "Vid leverans." });
    const row = await db.requirement.findFirstOrThrow({ where: { draftId: draft.id } });
    await setContractStart(owner.id, draft.id, "2027-01-01");

    expect((await getFollowUpPlan(reader.id, draft.id, "2027-02-01"))?.items).toHaveLength(1);
    expect(await getFollowUpPlan(outsider.id, draft.id, "2027-02-01")).toBeNull();
    expect(await listDueFollowUps(outsider.id, "2027-02-01")).toEqual([]);
    expect((await listDueFollowUps(reader.id, "2027-02-01")).map((d) => d.draftId)).toEqual([draft.id]);
    const done = { doneAt: "2027-01-02", note: "" };
    expect(await recordFollowUpDone(reader.id, draft.id, row.id, done)).toEqual({ ok: false, reason: "forbidden" });
    expect(await recordFollowUpDone(outsider.id, draft.id, row.id, done)).toEqual({ ok: false, reason: "not_found" });
    expect(await setContractStart(reader.id, draft.id, "")).toEqual({ ok: false, reason: "forbidden" });
    // A requirement of another draft through one's own draft is not found.
    const own = await createDraft(outsider.id, null);
    expect(await recordFollowUpDone(outsider.id, own.id, row.id, done)).toEqual({ ok: false, reason: "not_found" });
  });
});
