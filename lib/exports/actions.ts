"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { recordDraftAudit } from "@/lib/audit/mutations";
import { loadDocument } from "@/lib/document/load";
import { draftIdSchema } from "@/lib/drafts/schema";
import type { ActionResult } from "@/lib/errors";
import { renderExport } from "@/lib/exports/jobs";
import { createPendingExport } from "@/lib/exports/mutations";
import { serverAction } from "@/lib/auth/server-action";

// Creates a pending export from a snapshot of the draft and answers at once;
// the PDF renders in the worker pool after the response (lib/exports/jobs.ts)
// while the page polls the export's status.
export async function exportPdfAction(draftId: string): Promise<ActionResult<{ exportId: string }>> {
  return serverAction({ ids: { draftId: [draftIdSchema, draftId] }, permission: "edit" }, async (user, { draftId: id }) => {
    const loaded = await loadDocument(user.id, id);
    if (!loaded) return { ok: false, reason: "not_found" };
    const { source, data, locale } = loaded;
    const created = await createPendingExport(user.id, { draftId: id, draftVersion: source.version, locale, snapshot: data });
    if (!created.ok) return created;
    await recordDraftAudit("export", user.id, id, { exportId: created.data.id, version: source.version });
    after(() => renderExport(created.data.id, data));
    revalidatePath(`/drafts/${id}/export`);
    return { ok: true, data: { exportId: created.data.id } };
  });
}
