"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { draftIdSchema } from "@/lib/drafts/schema";
import { failure, type ActionResult, missFailure } from "@/lib/errors";
import { restoreRevision } from "@/lib/revisions/mutations";
import { revisionIdSchema } from "@/lib/revisions/schema";

export async function restoreRevisionAction(draftId: string, revisionId: string): Promise<ActionResult<{ version: number }>> {
  const user = await getCurrentUser();
  if (!user) return failure("UNAUTHENTICATED");
  const ids = draftIdSchema.safeParse(draftId);
  const revision = revisionIdSchema.safeParse(revisionId);
  if (!ids.success || !revision.success) return failure("NOT_FOUND");
  const result = await restoreRevision(user.id, ids.data, revision.data);
  if (!result.ok) return missFailure(result.reason, "edit");
  revalidatePath(`/drafts/${ids.data}`, "layout");
  return { ok: true, data: result.data };
}
