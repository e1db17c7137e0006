import "server-only";
import { db } from "@/lib/db";
import type { DocumentData } from "@/lib/document/types";
import { draftWhere } from "@/lib/drafts/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reviewerByToken } from "@/lib/remiss/mutations";
import { remissTokenSchema, type CommentKind, type ReviewerRole } from "@/lib/remiss/schema";
import { remissTargetsSchema } from "@/lib/remiss/targets";
import type { RemissCommentItem, RemissRound, ReviewerView } from "@/lib/remiss/types";
import type { Perspective } from "@/lib/vocabulary";

type CommentRow = Prisma.RemissCommentGetPayload<{ include: { reviewer: { select: { name: true; role: true } } } }>;
const withReviewer = { reviewer: { select: { name: true, role: true } } } as const;
const day = (date: Date) => date.toISOString().slice(0, 10);

function toCommentItem(row: CommentRow): RemissCommentItem {
  return {
    id: row.id,
    reviewerName: row.reviewer.name,
    reviewerRole: row.reviewer.role as ReviewerRole,
    target: row.target as RemissCommentItem["target"],
    requirementId: row.requirementId,
    code: row.code,
    perspective: row.perspective as Perspective | null,
    kind: row.kind as CommentKind,
    text: row.text,
    proposedText: row.proposedText,
    answer: row.answer,
    decision: row.decision as RemissCommentItem["decision"],
    decisionReason: row.decisionReason,
    createdAt: row.createdAt.toISOString(),
  };
}

// Every round of a draft the caller may read, newest first.
export async function listRemissRounds(userId: string, draftId: string): Promise<RemissRound[] | null> {
  const draft = await db.draft.findFirst({ where: draftWhere(userId, draftId, "read"), select: { id: true } });
  if (!draft) return null;
  const rows = await db.remiss.findMany({
    where: { draftId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    include: {
      reviewers: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      comments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: withReviewer },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    draftVersion: row.draftVersion,
    deadline: day(row.deadline),
    status: row.status as RemissRound["status"],
    createdAt: row.createdAt.toISOString(),
    targets: remissTargetsSchema.parse(row.targets),
    reviewers: row.reviewers.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      role: r.role as ReviewerRole,
      kind: r.kind as "link" | "member",
      revoked: r.revokedAt !== null,
      expiresAt: r.expiresAt.toISOString(),
    })),
    comments: row.comments.map(toCommentItem),
  }));
}

export async function getRemissRound(userId: string, draftId: string, remissId: string) {
  return (await listRemissRounds(userId, draftId))?.find((round) => round.id === remissId) ?? null;
}

// Remiss comments per requirement of the draft (every round), for the editor
// and Granska: "3 remisskommentarer" beside the requirement.
export async function listRemissCommentsByRequirement(
  userId: string,
  draftId: string,
): Promise<Record<string, RemissCommentItem[]>> {
  const rows = await db.remissComment.findMany({
    where: { requirementId: { not: null }, remiss: { draftId, draft: draftWhere(userId, draftId, "read") } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: withReviewer,
  });
  const byRequirement: Record<string, RemissCommentItem[]> = {};
  for (const row of rows) (byRequirement[row.requirementId!] ??= []).push(toCommentItem(row));
  return byRequirement;
}

// The reviewer's page: null for a malformed, unknown, revoked or expired
// token (the page answers 404 for all of them alike).
export async function getReviewerView(token: string, now = new Date()): Promise<ReviewerView | null> {
  if (!remissTokenSchema.safeParse(token).success) return null;
  const reviewer = await reviewerByToken(db, token, now);
  if (!reviewer) return null;
  const [remiss, comments] = await Promise.all([
    db.remiss.findUniqueOrThrow({ where: { id: reviewer.remiss.id }, select: { document: true, deadline: true } }),
    db.remissComment.findMany({
      where: { reviewerId: reviewer.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: withReviewer,
    }),
  ]);
  return {
    reviewerName: reviewer.name,
    role: reviewer.role as ReviewerRole,
    open: reviewer.remiss.status === "open",
    deadline: day(remiss.deadline),
    document: remiss.document as unknown as DocumentData,
    targets: remissTargetsSchema.parse(reviewer.remiss.targets),
    comments: comments.map(toCommentItem),
  };
}

// Called right after the author added the reviewer (no scope needed: the id
// comes from that write, never from a request).
export async function getReviewerForMail(reviewerId: string) {
  return db.remissReviewer.findUnique({
    where: { id: reviewerId },
    select: { name: true, email: true, remiss: { select: { deadline: true } } },
  });
}

// The author's page: every round, whether the caller may run them
// (redigerare), and the organisation's members who can be picked as reviewers.
export async function getRemissPage(userId: string, draftId: string) {
  const rounds = await listRemissRounds(userId, draftId);
  if (!rounds) return null;
  const draft = await db.draft.findFirst({
    where: draftWhere(userId, draftId, "edit"),
    select: { organization: { select: { members: { select: { userId: true, user: { select: { name: true } } } } } } },
  });
  const members = (draft?.organization?.members ?? [])
    .map((m) => ({ userId: m.userId, name: m.user.name }))
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));
  return { canEdit: draft !== null, rounds, members };
}
