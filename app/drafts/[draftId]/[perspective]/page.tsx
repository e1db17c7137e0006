import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { guidanceModels, suggestions } from "@/lib/catalog/index";
import { requireDraft } from "@/lib/drafts/require-draft";
import { adjacentSteps, isPerspective, stepItems, stepPath, stepStatuses, wizardSteps } from "@/lib/drafts/steps";
import { saveToLibraryAction } from "@/lib/library/actions";
import { listLibraryForDraft } from "@/lib/library/data";
import { rankLibrary } from "@/lib/library/rank";
import { listDismissedSuggestionIds, listRequirements } from "@/lib/requirements/data";
import { panelSuggestions } from "@/lib/suggestions/panel";
import { listRemissCommentsByRequirement } from "@/lib/remiss/data";
import { RequirementEditor } from "@/components/requirements/requirement-editor";
import { LibraryPanel } from "@/components/library/library-panel";
import { SaveToLibraryForm } from "@/components/library/on-demand";
import { SuggestionPanel } from "@/components/suggestions/suggestion-panel";
import { DraftWorkspace } from "@/components/wizard/draft-workspace";
import { PerspectiveStepForm } from "@/components/wizard/perspective-step-form";
import { StepHeading } from "@/components/wizard/step-heading";
import { StepFrame, StepList } from "@/components/wizard/step-list";

type Props = { params: Promise<{ draftId: string; perspective: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { draftId, perspective } = await params;
  if (!isPerspective(perspective)) notFound();
  // Read here too, so a missing or foreign draft gets the 404's title.
  await requireDraft(draftId);
  const t = await getTranslations("steps");
  return { title: t(perspective) };
}

export default async function PerspectiveStepPage({ params }: Props) {
  const { draftId, perspective } = await params;
  if (!isPerspective(perspective)) notFound();
  const { user, draft } = await requireDraft(draftId);
  const t = await getTranslations();
  const [requirements, dismissedIds, library, remissComments] = await Promise.all([
    listRequirements(user.id, draft.id, perspective),
    listDismissedSuggestionIds(user.id, draft.id),
    listLibraryForDraft(user.id, draft.id, perspective),
    listRemissCommentsByRequirement(user.id, draft.id),
  ]);
  const panel = panelSuggestions({
    suggestions,
    models: guidanceModels,
    context: draft.context,
    answers: draft.answers,
    perspective,
    acceptedIds: requirements.flatMap((r) => (r.suggestionId ? [r.suggestionId] : [])),
    dismissedIds,
  });
  const { previous, next } = adjacentSteps(perspective);
  const saved = draft.answers[perspective];
  // A step saved before without "Ja" was answered "Nej"; an unsaved one has no answer yet.
  const completed = draft.completedSteps.includes(perspective) ? "yes" : saved ? "no" : undefined;
  const number = wizardSteps.findIndex((step) => step.id === perspective) + 1;

  const items = stepItems(draft.id, stepStatuses(draft.title, draft.context, draft));

  // One back link (to the previous step); the step list beside the content
  // leads everywhere else, the overview included.
  return (
    <StepFrame aside={<StepList items={items} current={perspective} />}>
      <Link
        href={previous ? stepPath(draft.id, previous) : `/drafts/${draft.id}`}
        className="mb-6 inline-block text-brand underline"
      >
        {t("perspective.back")}
      </Link>
      <p className="text-lg text-secondary">{t("perspective.caption", { number, total: wizardSteps.length })}</p>
      <StepHeading>{t(`steps.${perspective}`)}</StepHeading>
      <p className="mb-6">{t(`perspective.intro.${perspective}`)}</p>
      <DraftWorkspace draftId={draft.id} version={draft.version}>
        <PerspectiveStepForm
          key={perspective}
          perspective={perspective}
          defaultValues={{ answers: saved ?? {}, completed }}
          nextHref={next ? stepPath(draft.id, next) : `/drafts/${draft.id}`}
        >
          <RequirementEditor perspective={perspective} requirements={requirements} remissComments={remissComments} />
          <SuggestionPanel shown={panel.shown} dismissed={panel.dismissed} />
          <LibraryPanel entries={rankLibrary(library, draft.context, draft.answers)} />
          {draft.organizationId && requirements.length > 0 ? (
            <SaveToLibraryForm
              requirements={requirements.map((r) => ({ id: r.id, code: r.code, text: r.text }))}
              action={saveToLibraryAction.bind(null, draft.id)}
            />
          ) : null}
        </PerspectiveStepForm>
      </DraftWorkspace>
    </StepFrame>
  );
}
