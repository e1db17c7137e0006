import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireDraft } from "@/lib/drafts/require-draft";
import { loadRemissSummary } from "@/lib/remiss/load-summary";
import { remissIdSchema } from "@/lib/remiss/schema";
import { PrintButton } from "@/components/print/print-button";
import { printCss } from "@/components/print/styles";
import { SummaryView } from "@/components/remiss/summary-view";

type Props = { params: Promise<{ draftId: string; remissId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("remiss.summary");
  return { title: t("heading") };
}

// The Remissammanställning as a print view; readers of the draft may see it.
export default async function RemissSummaryPage({ params }: Props) {
  const { draftId, remissId } = await params;
  const { user, draft } = await requireDraft(draftId);
  if (!remissIdSchema.safeParse(remissId).success) notFound();
  const [t, data] = await Promise.all([
    getTranslations("remiss.summary"),
    loadRemissSummary(user.id, draft.id, remissId),
  ]);
  if (!data) notFound();
  return (
    <>
      <style>{printCss}</style>
      <div className="no-print mb-8 flex flex-wrap items-center gap-6">
        <Link href={`/drafts/${draft.id}/remiss`} className="text-brand underline">
          {t("back")}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      <SummaryView data={data} />
    </>
  );
}
