import "server-only";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getModel } from "@/lib/catalog";
import { buildDocumentData } from "@/lib/document/build";
import { getDocumentSource } from "@/lib/document/data";
import type { DocumentData, DocumentSource } from "@/lib/document/types";

// The current draft as document data in the request's language: what the
// export snapshots and what the print view shows.
export async function loadDocument(
  userId: string,
  draftId: string,
): Promise<{ source: DocumentSource; data: DocumentData; locale: string } | null> {
  const source = await getDocumentSource(userId, draftId);
  if (!source) return null;
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const data = buildDocumentData(source, {
    t,
    lang: locale,
    formattedDate: format.dateTime(new Date(), { dateStyle: "long" }),
    getModel,
  });
  return { source, data, locale };
}
