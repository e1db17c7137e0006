"use server";

import { revalidatePath } from "next/cache";
import { parseInput, serverAction } from "@/lib/auth/server-action";
import { draftIdSchema } from "@/lib/drafts/schema";
import type { ActionResult } from "@/lib/errors";
import { adoptLibraryEntry, removeLibraryEntry, saveToLibrary, updateLibraryEntry } from "@/lib/library/mutations";
import { libraryEntryEditSchema, libraryEntryIdSchema, saveToLibrarySchema } from "@/lib/library/schema";

// The organisation's library (issue 17): save from a draft (redigerare),
// adopt into a draft (redigerare), curate (ägare).

export async function saveToLibraryAction(draftId: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return serverAction({ ids: { draftId: [draftIdSchema, draftId] }, permission: "edit" }, async (user, ids) => {
    const parsed = parseInput(saveToLibrarySchema, input);
    if (!parsed.ok) return parsed;
    const result = await saveToLibrary(user.id, ids.draftId, parsed.data);
    if (result.ok) revalidatePath(`/drafts/${ids.draftId}`, "layout");
    return result;
  });
}

export async function adoptLibraryEntryAction(
  draftId: string,
  entryId: string,
): Promise<ActionResult<{ version: number; code: string }>> {
  const ids = { draftId: [draftIdSchema, draftId], entryId: [libraryEntryIdSchema, entryId] } as const;
  return serverAction({ ids, permission: "edit" }, async (user, parsed) => {
    const result = await adoptLibraryEntry(user.id, parsed.draftId, parsed.entryId);
    if (!result.ok) return result;
    revalidatePath(`/drafts/${parsed.draftId}`, "layout");
    return { ok: true, data: { version: result.data.version, code: result.data.code } };
  });
}

export async function updateLibraryEntryAction(entryId: string, input: unknown): Promise<ActionResult> {
  return serverAction(
    { ids: { entryId: [libraryEntryIdSchema, entryId] }, permission: "manage" },
    async (user, ids) => {
      const parsed = parseInput(libraryEntryEditSchema, input);
      if (!parsed.ok) return parsed;
      const result = await updateLibraryEntry(user.id, ids.entryId, parsed.data);
      if (result.ok) revalidatePath("/orgs", "layout");
      return result;
    },
  );
}

export async function removeLibraryEntryAction(entryId: string): Promise<ActionResult> {
  return serverAction(
    { ids: { entryId: [libraryEntryIdSchema, entryId] }, permission: "manage" },
    async (user, ids) => {
      const result = await removeLibraryEntry(user.id, ids.entryId);
      if (result.ok) revalidatePath("/orgs", "layout");
      return result;
    },
  );
}
