import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireDraft } from "@/lib/drafts/require-draft";
import { stepItems, stepPath, stepStatuses } from "@/lib/drafts/steps";
import { DraftRowActions } from "@/components/drafts/draft-row-actions";
import { StartStepForm } from "@/components/drafts/start-step-form";
import { startFormValues } from "@/components/drafts/start-values";
import { StepHeading } from "@/components/wizard/step-heading";
import { StepFrame, StepList } from "@/components/wizard/step-list";

type Props = { params: Promise<{ draftId: string }> };

// The draft is read here too, so a missing or foreign one gets the 404's title.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireDraft((await params).draftId);
  const t = await getTranslations("start");
  return { title: t("title") };
}

export default async function StartStepPage({ params }: Props) {
  const { draft } = await requireDraft((await params).draftId);
  const t = await getTranslations();
  const items = stepItems(draft.id, stepStatuses(draft.title, draft.context, draft));
  return (
    <StepFrame aside={<StepList items={items} current="start" />}>
      <div className="max-w-2xl">
        <Link href={`/drafts/${draft.id}`} className="mb-6 inline-block text-brand underline">
          {t("wizard.backToOverview")}
        </Link>
        <StepHeading>{t("start.title")}</StepHeading>
        <p className="mb-8">{t("start.intro")}</p>
        {/* Keyed by draft: a copy remounts the form with fresh values. Not by version:
            the form's own saves revalidate the page, and a remount would drop
            the "Sparat" status (and anything typed meanwhile) after each one. */}
        <StartStepForm
          key={draft.id}
          draftId={draft.id}
          initialVersion={draft.version}
          defaultValues={startFormValues(draft.title, draft.context)}
          nextHref={stepPath(draft.id, "kundnytta")}
        />
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
    </StepFrame>
  );
}
