"use server";

import { revalidatePath } from "next/cache";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getDraftForUser } from "@/lib/drafts/data";
import { toDocumentData } from "@/lib/drafts/pdf-data";
import { draftIdSchema } from "@/lib/drafts/schema";
import { failure, type ActionResult } from "@/lib/errors";
import { storePdfExport } from "@/lib/exports/mutations";
import { pdfLabels } from "@/lib/exports/pdf-labels";
import { renderRequirementsPdf } from "@/components/pdf/render";

// Lives in app/ because it joins lib (data, storage) with components/pdf
// (rendering); lib may not import components.
export async function exportPdfAction(draftId: string): Promise<ActionResult<{ exportId: string }>> {
  const user = await getCurrentUser();
  if (!user) return failure("UNAUTHENTICATED");
  if (!draftIdSchema.safeParse(draftId).success) return failure("NOT_FOUND");
  const draft = await getDraftForUser(user.id, draftId);
  if (!draft) return failure("NOT_FOUND");

  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const data = toDocumentData(draft, pdfLabels(t), {
    lang: locale,
    formattedDate: format.dateTime(new Date(), { dateStyle: "long" }),
  });

  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await renderRequirementsPdf(data);
  } catch (error) {
    console.error("pdf render failed", { draftId, error });
    return failure("PDF_FAILED");
  }

  const stored = await storePdfExport(user.id, { draftId, draftVersion: draft.version, bytes });
  if (!stored.ok) return failure(stored.reason === "conflict" ? "CONFLICT" : "NOT_FOUND");
  revalidatePath(`/drafts/${draftId}/export`);
  return { ok: true, data: { exportId: stored.data.id } };
}
