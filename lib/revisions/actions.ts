"use server";

import { revalidatePath } from "next/cache";
import { draftIdSchema } from "@/lib/drafts/schema";
import type { ActionResult } from "@/lib/errors";
import { restoreRevision } from "@/lib/revisions/mutations";
import { revisionIdSchema } from "@/lib/revisions/schema";
import { serverAction } from "@/lib/auth/server-action";

export async function restoreRevisionAction(
  draftId: string,
  revisionId: string,
): Promise<ActionResult<{ version: number }>> {
  const ids = { draftId: [draftIdSchema, draftId], revisionId: [revisionIdSchema, revisionId] } as const;
  return serverAction({ ids, permission: "edit" }, async (user, { draftId: id, revisionId: revision }) => {
    const result = await restoreRevision(user.id, id, revision);
    if (result.ok) revalidatePath(`/drafts/${id}`, "layout");
    return result;
  });
}
