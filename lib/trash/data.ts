import "server-only";
import { db } from "@/lib/db";
import { trashedDraftsWhere } from "@/lib/drafts/scope";
import { purgeAfter } from "@/lib/trash/schema";
import type { TrashedDraft } from "@/lib/trash/types";

export async function listTrashedDrafts(userId: string): Promise<TrashedDraft[]> {
  const rows = await db.draft.findMany({
    where: trashedDraftsWhere(userId),
    orderBy: { deletedAt: "desc" },
    select: { id: true, title: true, deletedAt: true },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    deletedAt: row.deletedAt!,
    purgeAt: purgeAfter(row.deletedAt!),
  }));
}
