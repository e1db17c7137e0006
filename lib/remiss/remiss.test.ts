import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { DocumentData } from "@/lib/document/types";
import { createDraft, saveStartStep } from "@/lib/drafts/mutations";
import { getReviewerView, listRemissCommentsByRequirement, listRemissRounds } from "@/lib/remiss/data";
import {
  acceptProposal,
  addComment,
  addReviewer,
  closeRemiss,
  createRemiss,
  declineProposal,
  revokeReviewer,
} from "@/lib/remiss/mutations";
import { addReviewerSchema, commentSchema, createRemissSchema } from "@/lib/remiss/schema";
import { hashRemissToken } from "@/lib/remiss/token";
import { createRequirement } from "@/lib/requirements/mutations";
import { createTestOrg, createTestUser } from "@/lib/testing/factories";
import { sampleStart } from "@/lib/testing/sample-start";

const own = { level: "ska" as const, kravtyp: "KF" as const, motiv: "", verifikat: "Test.", uppfoljning: "" };
const document = { title: "Fryst" } as unknown as DocumentData;
const deadline = "2999-01-31";

async function setUp() {
  const owner = await createTestUser("Ägare");
  const member = await createTestUser("Medlem Granskare");
  const reader = await createTestUser("Läsare");
  const org = await createTestOrg("Remisskommun", [
    { userId: owner.id, role: "owner" },
    { userId: member.id, role: "editor" },
    { userId: reader.id, role: "reader" },
  ]);
  const draft = await createDraft(owner.id, org.id);
  await saveStartStep(owner.id, draft.id, 1, { ...sampleStart, title: "Remissen" });
  const one = await createRequirement(owner.id, draft.id, "arbetsmiljo", { ...own, text: "Gammal lydelse ett." });
  const two = await createRequirement(owner.id, draft.id, "kundnytta", { ...own, text: "Gammal lydelse två." });
  if (!one.ok || !two.ok) throw new Error("setup failed");
  const { version } = await db.draft.findUniqueOrThrow({ where: { id: draft.id }, select: { version: true } });
  const created = await createRemiss(owner.id, draft.id, { deadline, document, version });
  if (!created.ok) throw new Error("remiss not created");
  return { owner, member, reader, draft, remissId: created.data.id, one: one.data.id, two: two.data.id };
}

const comment = (input: Record<string, string>) => commentSchema.parse(input);

describe("remiss rounds (real SQLite)", () => {
  it("runs a round: link and member reviewers comment, one proposal accepted, one declined", async () => {
    const { owner, member, draft, remissId, one, two } = await setUp();
    const byLink = await addReviewer(
      owner.id,
      draft.id,
      remissId,
      addReviewerSchema.parse({ kind: "link", name: "Sara Skyddsombud", role: "skyddsombud" }),
    );
    const byMember = await addReviewer(
      owner.id,
      draft.id,
      remissId,
      addReviewerSchema.parse({ kind: "member", role: "verksamhet", memberUserId: member.id }),
    );
    if (!byLink.ok || !byMember.ok || !("token" in byLink.data) || !("token" in byMember.data))
      throw new Error("no reviewers");
    // Only the hash is stored.
    const stored = await db.remissReviewer.findUniqueOrThrow({ where: { id: byLink.data.reviewerId } });
    expect(stored.tokenHash).toBe(hashRemissToken(byLink.data.token));
    expect(JSON.stringify(stored)).not.toContain(byLink.data.token);

    const view = await getReviewerView(byLink.data.token);
    expect(view?.reviewerName).toBe("Sara Skyddsombud");
    expect(view?.targets.map((t) => t.code).sort()).toEqual(["AM-1", "KN-1"]);

    const proposal = (requirementId: string, text: string) =>
      comment({
        target: "requirement",
        requirementId,
        kind: "andringsforslag",
        text: "Förtydliga.",
        proposedText: text,
      });
    const a = await addComment(byLink.data.token, proposal(one, "Ny lydelse ett."));
    const b = await addComment(byMember.data.token, proposal(two, "Ny lydelse två."));
    const whole = await addComment(byMember.data.token, comment({ target: "whole", kind: "instammer", text: "Bra." }));
    if (!a.ok || !b.ok || !whole.ok) throw new Error("comments refused");

    expect((await acceptProposal(owner.id, draft.id, a.data.id)).ok).toBe(true);
    expect((await declineProposal(owner.id, draft.id, b.data.id, "Går emot lagkravet.")).ok).toBe(true);
    // Decided once: a second accept is a miss.
    expect((await acceptProposal(owner.id, draft.id, a.data.id)).ok).toBe(false);

    const rows = await db.requirement.findMany({ where: { draftId: draft.id }, orderBy: { perspective: "asc" } });
    expect(rows.map((r) => r.text)).toEqual(["Ny lydelse ett.", "Gammal lydelse två."]);
    const revision = await db.draftRevision.findFirstOrThrow({
      where: { draftId: draft.id, reason: "remiss_accept" },
    });
    expect(revision.note).toContain(a.data.id);
    expect(revision.note).toContain("Sara Skyddsombud");

    const [round] = (await listRemissRounds(owner.id, draft.id))!;
    expect(round!.comments.map((c) => [c.reviewerName, c.decision])).toEqual([
      ["Sara Skyddsombud", "accepted"],
      ["Medlem Granskare", "declined"],
      ["Medlem Granskare", null],
    ]);
    const byRequirement = await listRemissCommentsByRequirement(owner.id, draft.id);
    expect(byRequirement[one]?.length).toBe(1);
  });

  it("answers 404 for a revoked, expired, unknown or closed-round token, and keeps reviewers to their round", async () => {
    const { owner, reader, draft, remissId, one } = await setUp();
    const other = await setUp();
    const added = await addReviewer(
      owner.id,
      draft.id,
      remissId,
      addReviewerSchema.parse({ kind: "link", name: "Extern", role: "annan" }),
    );
    if (!added.ok || !("token" in added.data)) throw new Error("no reviewer");
    const { token } = added.data;
    const fraga = comment({ target: "requirement", requirementId: one, kind: "fraga", text: "Varför?" });
    // A requirement of another draft cannot be named through this link.
    const foreign = comment({ target: "requirement", requirementId: other.one, kind: "fraga", text: "Varför?" });
    expect(await addComment(token, foreign)).toEqual({ ok: false, reason: "not_found" });
    // Expired: after deadline + grace.
    expect(await getReviewerView(token, new Date("3000-01-01"))).toBeNull();
    expect(await addComment(token, fraga, new Date("3000-01-01"))).toEqual({ ok: false, reason: "not_found" });
    expect(await getReviewerView("x".repeat(43))).toBeNull();
    // A läsare may not revoke; another draft's reviewer is a 404 through this draft.
    expect(await revokeReviewer(reader.id, draft.id, added.data.reviewerId)).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect((await revokeReviewer(other.owner.id, other.draft.id, added.data.reviewerId)).ok).toBe(false);
    // Closed: read only.
    expect((await closeRemiss(owner.id, draft.id, remissId)).ok).toBe(true);
    expect(await addComment(token, fraga)).toEqual({ ok: false, reason: "forbidden" });
    expect((await getReviewerView(token))?.open).toBe(false);
    expect((await revokeReviewer(owner.id, draft.id, added.data.reviewerId)).ok).toBe(true);
    expect(await getReviewerView(token)).toBeNull();
  });

  it("refuses markup, over-long text, a proposal without text and a past deadline", () => {
    const base = { target: "whole", kind: "fraga" };
    expect(commentSchema.safeParse({ ...base, text: "<script>x</script>" }).success).toBe(false);
    expect(commentSchema.safeParse({ ...base, text: "a".repeat(2001) }).success).toBe(false);
    expect(commentSchema.safeParse({ ...base, kind: "andringsforslag", text: "x" }).success).toBe(false);
    expect(createRemissSchema.safeParse({ deadline: "2020-01-01" }).success).toBe(false);
    expect(createRemissSchema.safeParse({ deadline: "2999-02-30" }).success).toBe(false);
  });

  it("adds a member reviewer only from the draft's own organisation", async () => {
    const { owner, draft, remissId } = await setUp();
    const stranger = await createTestUser("Utomstående");
    const result = await addReviewer(
      owner.id,
      draft.id,
      remissId,
      addReviewerSchema.parse({ kind: "member", role: "annan", memberUserId: stranger.id }),
    );
    expect(result).toEqual({ ok: true, data: { invalidMember: true } });
  });
});
