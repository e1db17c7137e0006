import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireDraft } from "@/lib/drafts/require-draft";
import { getDocumentSource } from "@/lib/document/data";
import { requirementsWithMissingGlyphs } from "@/lib/document/glyphs";
import { listExportsForDraft } from "@/lib/exports/data";
import { ExportList } from "@/components/drafts/export-list";
import { ExportPanel } from "@/components/drafts/export-panel";
import { exportDocumentAction } from "@/lib/exports/actions";

type Props = { params: Promise<{ draftId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("export");
  return { title: t("title") };
}

export default async function ExportPage({ params }: Props) {
  const { user, draft } = await requireDraft((await params).draftId);
  const [t, exports, source] = await Promise.all([
    getTranslations(),
    listExportsForDraft(user.id, draft.id),
    getDocumentSource(user.id, draft.id),
  ]);
  // Named before rendering: what the PDF's fonts cannot draw is left out of it.
  const missing = source ? requirementsWithMissingGlyphs(source) : [];
  // A render still running (the page was reloaded meanwhile) keeps its progress.
  const pending = exports.find((item) => item.status === "pending") ?? null;
  return (
    <>
      <Link href={`/drafts/${draft.id}`} className="mb-6 inline-block text-brand underline">
        {t("wizard.backToOverview")}
      </Link>
      <h1 className="mb-4 text-4xl font-bold">{t("export.title")}</h1>
      <p className="mb-2 font-semibold">{draft.title || t("drafts.untitled")}</p>
      <p className="mb-6">{t("export.intro")}</p>
      {missing.length > 0 ? (
        <div role="note" className="mb-6 max-w-3xl border-l-4 border-error pl-4">
          <p className="mb-2 font-semibold">{t("export.missingGlyphs.heading")}</p>
          <ul className="list-disc pl-6">
            {missing.map((m) => (
              <li key={m.code ?? "title"}>
                {m.code ?? t("export.missingGlyphs.title")}: {m.chars.join(" ")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ExportPanel
        draftId={draft.id}
        exportAction={exportDocumentAction.bind(null, draft.id)}
        pendingExportId={pending?.id ?? null}
        pendingFormat={pending?.format}
      />
      <p className="mb-4 max-w-3xl text-secondary">{t("export.accessibleNote")}</p>
      <p className="mb-10 max-w-3xl text-secondary">{t("export.jsonNote")}</p>
      <h2 className="mb-4 text-2xl font-bold">{t("export.listHeading")}</h2>
      <ExportList draftId={draft.id} exports={exports} />
      <p className="mt-6">
        <Link href={`/drafts/${draft.id}/import`} className="text-brand underline">
          {t("import.matrix.link")}
        </Link>
      </p>
      <h2 className="mt-10 mb-2 text-2xl font-bold">{t("export.printHeading")}</h2>
      <p className="mb-2">{t("export.printIntro")}</p>
      <Link href={`/drafts/${draft.id}/print`} className="text-brand underline">
        {t("export.printLink")}
      </Link>
      <h2 className="mt-10 mb-2 text-2xl font-bold">{t("export.checklistHeading")}</h2>
      <p className="mb-2">{t("export.checklistIntro")}</p>
      <Link href={`/drafts/${draft.id}/checklist`} className="text-brand underline">
        {t("export.checklistLink")}
      </Link>
    </>
  );
}
