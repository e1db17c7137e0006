import "server-only";
import { db } from "@/lib/db";
import { draftWhere } from "@/lib/drafts/scope";
import { snapshotDraft } from "@/lib/drafts/mutations";
import {
  revisionReasons,
  revisionSnapshotSchema,
  type RevisionReason,
  type RevisionSnapshot,
} from "@/lib/drafts/snapshot";
import type { RevisionDetail, RevisionSummary } from "@/lib/revisions/types";

function parseReason(raw: string): RevisionReason {
  return (revisionReasons as readonly string[]).includes(raw) ? (raw as RevisionReason) : "save";
}

const summarySelect = {
  id: true,
  version: true,
  reason: true,
  createdAt: true,
  createdBy: { select: { name: true } },
} as const;

// Newest first. null when the draft is missing or not the caller's.
export async function listRevisions(userId: string, draftId: string): Promise<RevisionSummary[] | null> {
  const draft = await db.draft.findFirst({ where: draftWhere(userId, draftId), select: { id: true } });
  if (!draft) return null;
  const rows = await db.draftRevision.findMany({
    where: { draftId },
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    select: summarySelect,
    take: 200,
  });
  return rows.map(({ createdBy, reason, ...row }) => ({
    ...row,
    reason: parseReason(reason),
    authorName: createdBy?.name ?? null,
  }));
}

export async function getRevision(userId: string, draftId: string, revisionId: string): Promise<RevisionDetail | null> {
  const row = await db.draftRevision.findFirst({
    where: { id: revisionId, draft: draftWhere(userId, draftId) },
    select: { ...summarySelect, snapshot: true },
  });
  if (!row) return null;
  const { createdBy, reason, snapshot, ...rest } = row;
  return {
    ...rest,
    reason: parseReason(reason),
    authorName: createdBy?.name ?? null,
    snapshot: revisionSnapshotSchema.parse(snapshot),
  };
}

// The live draft, for comparing a revision with what is there now.
export async function getCurrentSnapshot(userId: string, draftId: string): Promise<RevisionSnapshot | null> {
  const draft = await db.draft.findFirst({ where: draftWhere(userId, draftId), select: { id: true } });
  return draft ? snapshotDraft(db, draftId) : null;
}
