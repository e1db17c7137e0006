import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireDraft } from "@/lib/drafts/require-draft";
import { coverage } from "@/lib/review/coverage";
import { getReviewData } from "@/lib/review/data";
import { listSourceUpdates } from "@/lib/requirements/data";
import { lintRequirements } from "@/lib/review/lint";
import { listRemissCommentsByRequirement } from "@/lib/remiss/data";
import { perspectives } from "@/lib/vocabulary";
import { AudienceSplit } from "@/components/review/audience-split";
import { CoverageTable } from "@/components/review/coverage-table";
import { DistributeWeights } from "@/components/review/distribute-weights";
import { ReviewRemissComments } from "@/components/remiss/review-remiss-comments";
import { PerspectiveSummary } from "@/components/review/perspective-summary";
import { SourceUpdateList } from "@/components/review/source-update-list";
import { StartSummary } from "@/components/review/start-summary";
import { WarningList } from "@/components/review/warning-list";

type Props = { params: Promise<{ draftId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review");
  return { title: t("title") };
}

// GOV.UK "check your answers": every section with change links, then how the
// requirements spread over perspectives and what the quality lint found.
export default async function ReviewPage({ params }: Props) {
  const { user, draft } = await requireDraft((await params).draftId);
  const [t, data, sourceUpdates, remissComments] = await Promise.all([
    getTranslations(),
    getReviewData(user.id, draft.id),
    listSourceUpdates(user.id, draft.id),
    listRemissCommentsByRequirement(user.id, draft.id),
  ]);
  if (!data) notFound();
  const warnings = lintRequirements(data.requirements);
  return (
    <>
      <Link href={`/drafts/${draft.id}`} className="mb-6 inline-block text-brand underline">
        {t("wizard.backToOverview")}
      </Link>
      <h1 className="mb-2 text-4xl font-bold">{t("review.title")}</h1>
      <p className="mb-2 font-semibold">{draft.title || t("drafts.untitled")}</p>
      <p className="mb-2">{t("review.intro")}</p>
      <p className="mb-8">
        {t("review.summary", { requirements: data.requirements.length, warnings: warnings.length })}
      </p>

      <SourceUpdateList draftId={draft.id} requirements={sourceUpdates} />
      <ReviewRemissComments draftId={draft.id} comments={remissComments} />

      <h2 className="mb-4 text-3xl font-bold">{t("review.warnings.heading")}</h2>
      <WarningList draftId={draft.id} warnings={warnings} />
      <DistributeWeights draftId={draft.id} needed={warnings.some((warning) => warning.rule === "weightSum")} />

      <AudienceSplit draftId={draft.id} requirements={data.requirements} />

      <h2 className="mb-2 text-3xl font-bold">{t("review.coverage.heading")}</h2>
      <p className="mb-4">{t("review.coverage.intro")}</p>
      <CoverageTable coverage={coverage(data.requirements)} />

      <section aria-labelledby="granska-start" className="mb-10">
        <h2 id="granska-start" className="mb-4 text-3xl font-bold">
          {t("review.start.heading")}
        </h2>
        <StartSummary draftId={draft.id} title={draft.title} context={draft.context} />
      </section>
      {perspectives.map((perspective) => (
        <PerspectiveSummary
          key={perspective}
          draftId={draft.id}
          perspective={perspective}
          answers={data.answers[perspective]}
          requirements={data.requirements.filter((requirement) => requirement.perspective === perspective)}
        />
      ))}
      <Link
        href={`/drafts/${draft.id}/export`}
        className="inline-block bg-success px-4 py-2 font-semibold text-inverse shadow-[0_2px_0_var(--color-success-shadow)] hover:bg-success-dark"
      >
        {t("review.continueToExport")}
      </Link>
    </>
  );
}
