import "server-only";
import { db } from "@/lib/db";
import { recordRevision } from "@/lib/drafts/mutations";
import { checkDraftAccess } from "@/lib/drafts/scope";
import { AppError, type MutationResult } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentData } from "@/lib/document/types";
import { remissTargetsSchema, type RemissTarget } from "@/lib/remiss/targets";
import {
  commentsPerReviewer,
  parseIsoDate,
  remissGraceDays,
  reviewersPerRemiss,
  type addReviewerSchema,
  type commentSchema,
} from "@/lib/remiss/schema";
import { hashRemissToken, newRemissToken } from "@/lib/remiss/token";
import { requirementCode, type Perspective } from "@/lib/vocabulary";
import type { z } from "zod";

type Tx = Prisma.TransactionClient;
type Result<T> = MutationResult<T, "not_found" | "forbidden">;
const dayMs = 24 * 60 * 60 * 1000;

// Every author-side write: redigerare on the draft first (403 vs 404), then
// the row, looked up inside that draft so a foreign id is a 404.
async function asEditor<T>(userId: string, draftId: string, write: (tx: Tx) => Promise<T | null>): Promise<Result<T>> {
  return db.$transaction(async (tx) => {
    const access = await checkDraftAccess(tx, userId, draftId, "edit");
    if (access !== "ok") return { ok: false, reason: access };
    const data = await write(tx);
    return data === null ? { ok: false, reason: "not_found" } : { ok: true, data };
  });
}

// Freezes the draft as it is now: the document the reviewers read (built by
// the caller in its language from the same version) and the requirements
// they can comment on. A document of another version is a conflict.
export async function createRemiss(
  userId: string,
  draftId: string,
  input: { deadline: string; document: DocumentData; version: number },
): Promise<MutationResult<{ id: string }, "not_found" | "forbidden" | "conflict">> {
  return db.$transaction(async (tx) => {
    const access = await checkDraftAccess(tx, userId, draftId, "edit");
    if (access !== "ok") return { ok: false, reason: access };
    const draft = await tx.draft.findUniqueOrThrow({
      where: { id: draftId },
      select: { version: true, requirements: { orderBy: [{ perspective: "asc" }, { position: "asc" }] } },
    });
    if (draft.version !== input.version) return { ok: false, reason: "conflict" };
    const targets: RemissTarget[] = draft.requirements
      .filter((row) => row.kravtyp !== "IN")
      .map((row) => ({
        id: row.id,
        code: requirementCode(row.perspective as Perspective, row.number),
        perspective: row.perspective as Perspective,
        text: row.text,
      }));
    const remiss = await tx.remiss.create({
      data: {
        draftId,
        draftVersion: draft.version,
        document: input.document,
        targets,
        deadline: parseIsoDate(input.deadline)!,
        createdById: userId,
      },
      select: { id: true },
    });
    return { ok: true, data: remiss };
  });
}

type ReviewerValues = z.output<typeof addReviewerSchema>;

// A reviewer and their link; the token is returned once and only its hash
// stays. A member reviewer must belong to the draft's organisation.
export async function addReviewer(
  userId: string,
  draftId: string,
  remissId: string,
  input: ReviewerValues,
  now = new Date(),
): Promise<Result<{ reviewerId: string; token: string } | { invalidMember: true }>> {
  return asEditor(userId, draftId, async (tx) => {
    const remiss = await tx.remiss.findFirst({
      where: { id: remissId, draftId, status: "open" },
      select: { deadline: true, draft: { select: { organizationId: true } }, _count: { select: { reviewers: true } } },
    });
    if (!remiss) return null;
    if (remiss._count.reviewers >= reviewersPerRemiss) throw new AppError("TOO_MANY_COMMENTS");
    let { name, email } = input;
    let memberId: string | null = null;
    if (input.kind === "member") {
      const member = remiss.draft.organizationId
        ? await tx.member.findFirst({
            where: { organizationId: remiss.draft.organizationId, userId: input.memberUserId },
            select: { user: { select: { id: true, name: true, email: true } } },
          })
        : null;
      if (!member) return { invalidMember: true as const };
      ({ name, email } = member.user);
      memberId = member.user.id;
    }
    const { token, hash } = newRemissToken();
    const expiresAt = new Date(Math.max(remiss.deadline.getTime(), now.getTime()) + (remissGraceDays + 1) * dayMs);
    const reviewer = await tx.remissReviewer.create({
      data: {
        remissId,
        name,
        email: email || null,
        role: input.role,
        kind: input.kind,
        userId: memberId,
        tokenHash: hash,
        expiresAt,
      },
      select: { id: true },
    });
    return { reviewerId: reviewer.id, token };
  });
}

export async function revokeReviewer(userId: string, draftId: string, reviewerId: string, now = new Date()) {
  return asEditor(userId, draftId, async (tx) => {
    const { count } = await tx.remissReviewer.updateMany({
      where: { id: reviewerId, remiss: { draftId }, revokedAt: null },
      data: { revokedAt: now },
    });
    return count ? { reviewerId } : null;
  });
}

export async function closeRemiss(userId: string, draftId: string, remissId: string, now = new Date()) {
  return asEditor(userId, draftId, async (tx) => {
    const closed = await tx.remiss.updateMany({
      where: { id: remissId, draftId, status: "open" },
      data: { status: "closed", closedAt: now },
    });
    return closed.count ? { remissId } : null;
  });
}

// The reviewer behind a token, if the link still works: not revoked, not
// past its expiry. Anything else is indistinguishable from an unknown token.
export async function reviewerByToken(client: Pick<Tx, "remissReviewer">, token: string, now = new Date()) {
  return client.remissReviewer.findFirst({
    where: { tokenHash: hashRemissToken(token), revokedAt: null, expiresAt: { gt: now } },
    include: { remiss: { select: { id: true, status: true, targets: true } } },
  });
}

type CommentValues = z.output<typeof commentSchema>;

// A reviewer's comment through their link. A closed round is read only; a
// requirement must be one of the frozen version's.
export async function addComment(
  token: string,
  input: CommentValues,
  now = new Date(),
): Promise<Result<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const reviewer = await reviewerByToken(tx, token, now);
    if (!reviewer) return { ok: false, reason: "not_found" };
    if (reviewer.remiss.status !== "open") return { ok: false, reason: "forbidden" };
    if ((await tx.remissComment.count({ where: { reviewerId: reviewer.id } })) >= commentsPerReviewer)
      throw new AppError("TOO_MANY_COMMENTS");
    const targets = remissTargetsSchema.parse(reviewer.remiss.targets);
    const target = input.target === "requirement" ? targets.find((t) => t.id === input.requirementId) : undefined;
    if (input.target === "requirement" && !target) return { ok: false, reason: "not_found" };
    const comment = await tx.remissComment.create({
      data: {
        remissId: reviewer.remiss.id,
        reviewerId: reviewer.id,
        target: input.target,
        requirementId: target?.id ?? null,
        code: target?.code ?? null,
        perspective: target?.perspective ?? (input.target === "perspective" ? input.perspective || null : null),
        kind: input.kind,
        text: input.text,
        proposedText: input.kind === "andringsforslag" ? input.proposedText : null,
        createdAt: now,
      },
      select: { id: true },
    });
    return { ok: true, data: comment };
  });
}

const commentOf = (tx: Tx, draftId: string, commentId: string) =>
  tx.remissComment.findFirst({
    where: { id: commentId, remiss: { draftId } },
    include: { reviewer: { select: { name: true } } },
  });

export async function answerComment(userId: string, draftId: string, commentId: string, answer: string) {
  return asEditor(userId, draftId, async (tx) => {
    const comment = await commentOf(tx, draftId, commentId);
    if (!comment) return null;
    await tx.remissComment.update({ where: { id: comment.id }, data: { answer } });
    return { commentId };
  });
}

export async function declineProposal(userId: string, draftId: string, commentId: string, reason: string) {
  return asEditor(userId, draftId, async (tx) => {
    const comment = await commentOf(tx, draftId, commentId);
    if (!comment || comment.kind !== "andringsforslag" || comment.decision) return null;
    await tx.remissComment.update({
      where: { id: comment.id },
      data: { decision: "declined", decisionReason: reason, decidedAt: new Date() },
    });
    return { commentId };
  });
}

// "Anta förslaget": the proposed text becomes the requirement's text in one
// step, as a new version whose revision names the comment it came from.
export async function acceptProposal(userId: string, draftId: string, commentId: string, now = new Date()) {
  return asEditor(userId, draftId, async (tx) => {
    const comment = await commentOf(tx, draftId, commentId);
    if (!comment || comment.kind !== "andringsforslag" || comment.decision || !comment.proposedText) return null;
    const row = await tx.requirement.findFirst({ where: { id: comment.requirementId ?? "", draftId } });
    if (!row) return null;
    await tx.requirement.update({ where: { id: row.id }, data: { text: comment.proposedText } });
    await tx.remissComment.update({
      where: { id: comment.id },
      data: { decision: "accepted", decidedAt: now },
    });
    const { version } = await tx.draft.update({
      where: { id: draftId },
      data: { version: { increment: 1 } },
      select: { version: true },
    });
    const note = `${comment.code ?? ""}: ändringsförslag från ${comment.reviewer.name} (remisskommentar ${comment.id})`;
    await recordRevision(tx, { draftId, userId, version, reason: "remiss_accept", note, now });
    return { commentId, version };
  });
}
