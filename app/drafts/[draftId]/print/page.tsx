import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadDocument } from "@/lib/document/load";
import { requireDraft } from "@/lib/drafts/require-draft";
import { PrintButton } from "@/components/print/print-button";
import { PrintDocument } from "@/components/print/print-document";
import { printCss } from "@/components/print/styles";

type Props = { params: Promise<{ draftId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("print");
  return { title: t("title") };
}

export default async function PrintPage({ params }: Props) {
  const { user, draft } = await requireDraft((await params).draftId);
  const [t, loaded] = await Promise.all([getTranslations("print"), loadDocument(user.id, draft.id)]);
  if (!loaded) notFound();
  return (
    <>
      <style>{printCss}</style>
      <div className="no-print mb-8 flex flex-wrap items-center gap-6">
        <Link href={`/drafts/${draft.id}/export`} className="text-brand underline">
          {t("back")}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      <p className="no-print mb-6 border-l-4 border-brand pl-4">{t("intro")}</p>
      <PrintDocument data={loaded.data} />
    </>
  );
}
