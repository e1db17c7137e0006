import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { isAnswered, type PerspectiveAnswers } from "@/lib/drafts/answers";
import { questions } from "@/lib/drafts/questions";
import { perspectiveHref } from "@/lib/review/links";
import type { RequirementRow } from "@/lib/requirements/types";
import type { Perspective } from "@/lib/vocabulary";
import { RequirementSummary } from "@/components/review/requirement-summary";
import { SummaryList, type SummaryRow } from "@/components/review/summary-list";

type Props = {
  draftId: string;
  perspective: Perspective;
  answers: PerspectiveAnswers | undefined;
  requirements: RequirementRow[];
};

// A perspective's guided answers, then its requirements.
export async function PerspectiveSummary({ draftId, perspective, answers, requirements }: Props) {
  const t = await getTranslations();
  const name = t(`steps.${perspective}`);
  const href = perspectiveHref(draftId, perspective);
  const rows: SummaryRow[] = questions[perspective].map((question) => {
    const label = t(`questions.${perspective}.${question.id}.label`);
    const value = answers?.[question.id];
    const option = (choice: string) => t(`questions.${perspective}.${question.id}.options.${choice}`);
    let shown: SummaryRow["value"] = <span className="text-secondary">{t("review.notAnswered")}</span>;
    if (isAnswered(value))
      shown = question.kind === "text" ? String(value) : [value ?? []].flat().map(option).join(", ");
    return { key: question.id, label, value: shown, change: { href, text: t("review.change"), hidden: label } };
  });
  return (
    <section aria-labelledby={`granska-${perspective}`} className="mb-10" data-testid={`review-${perspective}`}>
      <h2 id={`granska-${perspective}`} className="mb-4 text-3xl font-bold">
        {name}
      </h2>
      <h3 className="mb-2 text-xl font-bold">{t("review.perspective.answersHeading")}</h3>
      <SummaryList rows={rows} />
      <h3 className="mb-2 text-xl font-bold">
        {t("review.perspective.requirementsHeading")} ({requirements.length})
      </h3>
      {requirements.length > 0 ? (
        <RequirementSummary draftId={draftId} requirements={requirements} />
      ) : (
        <p className="mb-8">
          {t("review.perspective.noRequirements")}{" "}
          <Link href={href} className="text-brand underline">
            {t("review.perspective.addRequirements")}
            <span className="sr-only"> {t("review.perspective.addRequirementsHidden", { perspective: name })}</span>
          </Link>
        </p>
      )}
    </section>
  );
}
