import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireDraft } from "@/lib/drafts/require-draft";
import { applyMatrixImportAction, previewMatrixImportAction } from "@/lib/exports/import-actions";
import { MatrixImport } from "@/components/drafts/matrix-import";

type Props = { params: Promise<{ draftId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("import.matrix");
  return { title: t("title") };
}

export default async function MatrixImportPage({ params }: Props) {
  const { draft } = await requireDraft((await params).draftId);
  const t = await getTranslations();
  return (
    <>
      <Link href={`/drafts/${draft.id}/export`} className="mb-6 inline-block text-brand underline">
        {t("import.matrix.back")}
      </Link>
      <h1 className="mb-4 text-4xl font-bold">{t("import.matrix.title")}</h1>
      <p className="mb-2 font-semibold">{draft.title || t("drafts.untitled")}</p>
      <p className="mb-6 max-w-3xl">{t("import.matrix.intro")}</p>
      <MatrixImport
        preview={previewMatrixImportAction.bind(null, draft.id)}
        apply={applyMatrixImportAction.bind(null, draft.id)}
        overview={`/drafts/${draft.id}`}
      />
    </>
  );
}
