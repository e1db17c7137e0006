"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getModel } from "@/lib/catalog";
import { buildDocumentData } from "@/lib/document/build";
import { getDocumentSource } from "@/lib/document/data";
import { draftIdSchema } from "@/lib/drafts/schema";
import { failure, type ActionResult } from "@/lib/errors";
import { renderExport } from "@/lib/exports/jobs";
import { createPendingExport } from "@/lib/exports/mutations";

// Creates a pending export from a snapshot of the draft and answers at once;
// the PDF renders in the worker pool after the response (see lib/exports/jobs.ts)
// and the page polls the export's status.
export async function exportPdfAction(draftId: string): Promise<ActionResult<{ exportId: string }>> {
  const user = await getCurrentUser();
  if (!user) return failure("UNAUTHENTICATED");
  if (!draftIdSchema.safeParse(draftId).success) return failure("NOT_FOUND");
  const source = await getDocumentSource(user.id, draftId);
  if (!source) return failure("NOT_FOUND");

  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const data = buildDocumentData(source, {
    t,
    lang: locale,
    formattedDate: format.dateTime(new Date(), { dateStyle: "long" }),
    getModel,
  });
  const created = await createPendingExport(user.id, { draftId, draftVersion: source.version, locale, snapshot: data });
  if (!created.ok) {
    return failure(created.reason === "conflict" ? "CONFLICT" : created.reason === "forbidden" ? "FORBIDDEN" : "NOT_FOUND");
  }
  after(() => renderExport(created.data.id, data));
  revalidatePath(`/drafts/${draftId}/export`);
  return { ok: true, data: { exportId: created.data.id } };
}
