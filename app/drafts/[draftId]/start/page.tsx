import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireDraft } from "@/lib/drafts/require-draft";
import { DraftRowActions } from "@/components/drafts/draft-row-actions";
import { StartStepForm } from "@/components/drafts/start-step-form";
import { startFormValues } from "@/components/drafts/start-values";

type Props = { params: Promise<{ draftId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("start");
  return { title: t("title") };
}

export default async function StartStepPage({ params }: Props) {
  const { draft } = await requireDraft((await params).draftId);
  const t = await getTranslations();
  return (
    <div className="max-w-2xl">
      <Link href={`/drafts/${draft.id}`} className="mb-6 inline-block text-brand underline">
        {t("wizard.backToOverview")}
      </Link>
      <h1 className="mb-4 text-4xl font-bold">{t("start.title")}</h1>
      <p className="mb-8">{t("start.intro")}</p>
      {/* Keyed by draft: a copy remounts the form with fresh values. Not by version:
          the form's own saves revalidate the page, and a remount would drop
          the "Sparat" status (and anything typed meanwhile) after each one. */}
      <StartStepForm
        key={draft.id}
        draftId={draft.id}
        initialVersion={draft.version}
        defaultValues={startFormValues(draft.title, draft.context)}
      />
      {/* Autosave keeps the answers, so moving on needs no extra save step. */}
      <p className="mt-8">
        <Link href={`/drafts/${draft.id}/kundnytta`} className="text-lg font-semibold text-brand underline">
          {t("start.continue")}
        </Link>
      </p>
      <section aria-labelledby="manage-heading" className="mt-12 border-t border-line pt-6">
        <h2 id="manage-heading" className="mb-4 text-2xl font-bold">
          {t("trash.manageHeading")}
        </h2>
        <p className="mb-4">
          <Link href={`/drafts/${draft.id}/history`} className="text-brand underline">
            {t("trash.historyLink")}
          </Link>
        </p>
        <DraftRowActions draftId={draft.id} title={draft.title} />
      </section>
    </div>
  );
}
