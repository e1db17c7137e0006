import "server-only";
import { db } from "@/lib/db";
import { draftWhere, visibleDraftsWhere, type DraftPermission } from "@/lib/drafts/scope";
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
    select: { id: true, title: true, status: true, version: true, updatedAt: true, organizationId: true },
  });
  return rows.map((row) => ({ ...row, status: parseStatus(row.status) }));
}

// Scoped by owner in the query itself: a foreign id reads exactly like a
// missing one (null → 404), so no caller can leak another user's draft.
// `permission` lets an action that edits (or exports) load the draft only when
// the caller's role allows it; checkDraftAccess tells 403 from 404.
export async function getDraftForUser(
  userId: string,
  draftId: string,
  permission: DraftPermission = "read",
): Promise<DraftDetail | null> {
  const row = await db.draft.findFirst({ where: draftWhere(userId, draftId, permission) });
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    status: parseStatus(row.status),
    version: row.version,
    updatedAt: row.updatedAt,
    organizationId: row.organizationId,
    createdAt: row.createdAt,
    context: parseContext(row.id, row.context),
  };
}
