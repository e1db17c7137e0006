import "server-only";
import type { MutationResult } from "@/lib/errors";
import { db } from "@/lib/db";
import { checkDraftAccess, draftWhere, trashedDraftsWhere } from "@/lib/drafts/scope";
import { trashRetentionMs } from "@/lib/trash/schema";

type TrashResult = MutationResult<undefined, "not_found" | "forbidden">;

// Moving to the trash only stamps deletedAt; the scope helpers then hide the
// draft everywhere except the trash page.
export async function trashDraft(userId: string, draftId: string, now = new Date()): Promise<TrashResult> {
  const updated = await db.draft.updateMany({ where: draftWhere(userId, draftId, "manage"), data: { deletedAt: now } });
  if (updated.count) return { ok: true, data: undefined };
  // Only an ägare (or the author of a personal draft) may delete: a member
  // who can read the draft is told which role is needed.
  const access = await checkDraftAccess(db, userId, draftId, "manage");
  return { ok: false, reason: access === "forbidden" ? "forbidden" : "not_found" };
}

export async function restoreDraftFromTrash(userId: string, draftId: string, now = new Date()): Promise<TrashResult> {
  const updated = await db.draft.updateMany({
    where: {
      ...trashedDraftsWhere(userId),
      id: draftId,
      deletedAt: { gt: new Date(now.getTime() - trashRetentionMs) },
    },
    data: { deletedAt: null },
  });
  return updated.count ? { ok: true, data: undefined } : { ok: false, reason: "not_found" };
}

// Purge on read: the trash page calls this before listing, so nothing older
// than the retention period is ever shown or restorable, without a scheduler.
export async function purgeExpiredTrash(userId: string, now = new Date()): Promise<number> {
  const deleted = await db.draft.deleteMany({
    where: { ...trashedDraftsWhere(userId), deletedAt: { lte: new Date(now.getTime() - trashRetentionMs) } },
  });
  return deleted.count;
}
