import "server-only";
import { db } from "@/lib/db";
import { draftWhere, visibleDraftsWhere } from "@/lib/drafts/scope";
import { AppError } from "@/lib/errors";
import { draftContextSchema, draftStatusSchema, type DraftContext, type DraftStatus } from "@/lib/drafts/schema";
import type { DraftDetail, DraftSummary } from "@/lib/drafts/types";

// Stored JSON is parsed on every read: a row that no longer matches the schema
// is a bug to surface, not data to show half-understood.
export function parseContext(draftId: string, raw: unknown): DraftContext {
  const parsed = draftContextSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError("INTERNAL", { cause: new Error(`draft ${draftId} has an invalid context: ${parsed.error.message}`) });
  }
  return parsed.data;
}

function parseStatus(raw: string): DraftStatus {
  return draftStatusSchema.catch("draft").parse(raw);
}

export async function listDraftsForUser(userId: string): Promise<DraftSummary[]> {
  const rows = await db.draft.findMany({
    where: visibleDraftsWhere(userId),
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, status: true, version: true, updatedAt: true },
  });
  return rows.map((row) => ({ ...row, status: parseStatus(row.status) }));
}

// Scoped by owner in the query itself: a foreign id reads exactly like a
// missing one (null → 404), so no caller can leak another user's draft.
export async function getDraftForUser(userId: string, draftId: string): Promise<DraftDetail | null> {
  const row = await db.draft.findFirst({ where: draftWhere(userId, draftId) });
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    status: parseStatus(row.status),
    version: row.version,
    updatedAt: row.updatedAt,
    createdAt: row.createdAt,
    context: parseContext(row.id, row.context),
  };
}

// The Start step as stored now, for the conflict dialog: what the other save
// wrote and the version to save against next.
export async function getStartValues(
  userId: string,
  draftId: string,
): Promise<{ version: number; values: DraftContext & { title: string } } | null> {
  const row = await db.draft.findFirst({
    where: draftWhere(userId, draftId),
    select: { id: true, title: true, context: true, version: true },
  });
  if (!row) return null;
  return { version: row.version, values: { ...parseContext(row.id, row.context), title: row.title } };
}
