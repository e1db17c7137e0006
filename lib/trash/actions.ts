"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { draftIdSchema } from "@/lib/drafts/schema";
import { failure, type ActionResult } from "@/lib/errors";
import { restoreDraftFromTrash, trashDraft } from "@/lib/trash/mutations";

async function run(draftId: string, mutate: typeof trashDraft): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return failure("UNAUTHENTICATED");
  const id = draftIdSchema.safeParse(draftId);
  if (!id.success) return failure("NOT_FOUND");
  const result = await mutate(user.id, id.data);
  if (!result.ok) return failure("NOT_FOUND");
  revalidatePath("/drafts", "layout");
  return { ok: true, data: undefined };
}

export async function trashDraftAction(draftId: string): Promise<ActionResult> {
  return run(draftId, trashDraft);
}

export async function restoreDraftFromTrashAction(draftId: string): Promise<ActionResult> {
  return run(draftId, restoreDraftFromTrash);
}
