import "server-only";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getModel } from "@/lib/catalog";
import { buildDocumentData } from "@/lib/document/build";
import { buildChecklist, type ChecklistData } from "@/lib/document/checklist";
import { getDocumentSource } from "@/lib/document/data";
import type { DocumentData, DocumentSource } from "@/lib/document/types";

// The current draft as document data in the request's language: what the
// export snapshots and what the print view shows. `data` is the preview (no
// export version); `dataFor(n)` is the same document labelled "Version n".
export async function loadDocument(
  userId: string,
  draftId: string,
): Promise<{
  source: DocumentSource;
  data: DocumentData;
  dataFor: (exportVersion: number) => DocumentData;
  locale: string;
} | null> {
  const source = await getDocumentSource(userId, draftId);
  if (!source) return null;
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const options = { t, lang: locale, formattedDate: format.dateTime(new Date(), { dateStyle: "long" }), getModel };
  return {
    source,
    data: buildDocumentData(source, options),
    dataFor: (exportVersion) => buildDocumentData(source, { ...options, exportVersion }),
    locale,
  };
}

export async function loadChecklist(userId: string, draftId: string): Promise<ChecklistData | null> {
  return (await loadChecklistSource(userId, draftId))?.data ?? null;
}

// With the draft version it was read at, for the checklist's own export.
export async function loadChecklistSource(
  userId: string,
  draftId: string,
): Promise<{ data: ChecklistData; version: number; locale: string } | null> {
  const source = await getDocumentSource(userId, draftId);
  if (!source) return null;
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return { data: buildChecklist(source, t, locale), version: source.version, locale };
}
