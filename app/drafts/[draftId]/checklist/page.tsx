import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadChecklist } from "@/lib/document/load";
import { requireDraft } from "@/lib/drafts/require-draft";
import { PrintButton } from "@/components/print/print-button";
import { PrintChecklist } from "@/components/print/print-checklist";
import { printCss } from "@/components/print/styles";

type Props = { params: Promise<{ draftId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checklist");
  return { title: t("title") };
}

export default async function ChecklistPage({ params }: Props) {
  const { user, draft } = await requireDraft((await params).draftId);
  const [t, checklist] = await Promise.all([getTranslations("checklist"), loadChecklist(user.id, draft.id)]);
  if (!checklist) notFound();
  return (
    <>
      <style>{printCss}</style>
      <div className="no-print mb-8 flex flex-wrap items-center gap-6">
        <Link href={`/drafts/${draft.id}/export`} className="text-brand underline">
          {t("back")}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      <PrintChecklist data={checklist} />
    </>
  );
}
