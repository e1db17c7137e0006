"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState, type ReactNode } from "react";
import { useForm, type DefaultValues } from "react-hook-form";
import { savePerspectiveStepAction } from "@/lib/answers/actions";
import { completedAnswers } from "@/lib/answers/completed";
import type { PerspectiveForm, PerspectiveFormInput } from "@/lib/answers/schema";
import type { PerspectiveAnswers } from "@/lib/drafts/answers";
import { questions } from "@/lib/drafts/questions";
import type { Perspective } from "@/lib/vocabulary";
import { AutosaveStatusLine } from "@/components/autosave/autosave-status";
import { ConflictDialog, RecoveryBanner } from "@/components/autosave/on-demand";
import { jsonSave } from "@/components/autosave/json-save";
import { useAutosave } from "@/components/autosave/use-autosave";
import { Button } from "@/components/ui/button";
import { lazyResolver } from "@/components/ui/lazy-resolver";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { choiceDefault } from "@/components/ui/field-default";
import { ErrorSummary, type SummaryError } from "@/components/ui/error-summary";
import { useFieldMessage } from "@/components/ui/use-field-message";
import { useFormFeedback } from "@/components/ui/use-form-feedback";
import { PerspectiveQuestions } from "@/components/wizard/perspective-questions";
import { answerFields, formatAnswer, loadAnswers } from "@/components/wizard/answer-values";
import { useDraftWorkspace } from "@/components/wizard/draft-workspace";
import { focusNextHeading } from "@/components/wizard/step-heading";

const formId = "perspective-step-form";
// zod arrives after hydration (lazy-resolver.ts); useAutosave starts the import on mount.
const validation = () => import("@/components/wizard/perspective-validation");

// One perspective step: the guided questions at the top, the requirement
// editor and suggestions (children, each with their own forms) in between,
// and "Har du slutfört avsnittet?" + "Spara och fortsätt" at the bottom. The
// bottom controls belong to the same react-hook-form form; the submit button
// reaches the <form> through its `form` attribute, since forms cannot nest.
export function PerspectiveStepForm({
  perspective,
  defaultValues,
  nextHref,
  children,
}: {
  perspective: Perspective;
  defaultValues: DefaultValues<PerspectiveFormInput>;
  nextHref: string;
  children: ReactNode;
}) {
  const t = useTranslations();
  const router = useRouter();
  const message = useFieldMessage("perspective.fields");
  const tq = useTranslations(`questions.${perspective}`);
  const { draftId, version, setVersion } = useDraftWorkspace();
  const resolver = useMemo(
    () => lazyResolver(async () => (await validation()).perspectiveResolver(perspective)),
    [perspective],
  );
  const form = useForm<PerspectiveFormInput, unknown, PerspectiveForm>({
    resolver,
    defaultValues,
    // Checked while typing with the same schema (length limits); the summary waits for "Spara och fortsätt".
    mode: "onChange",
    shouldFocusError: false,
  });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;
  const feedback = useFormFeedback(form.setError);
  const [closedFor, setClosedFor] = useState<number | null>(null);
  const url = `/api/drafts/${draftId}/answers/${perspective}`;
  const save = useMemo(() => jsonSave<PerspectiveAnswers>(url), [url]);
  // The answers autosave like the Start step; the base version is the page's
  // newest (DraftWorkspace), so the requirement edits beside the form never
  // look like someone else's save.
  const autosave = useAutosave({
    form,
    storageKey: `kravlots:autosave:${draftId}:${perspective}`,
    schema: async () => (await validation()).perspectiveAnswersDraftSchema(perspective),
    save,
    loadServer: () => loadAnswers(url),
    toFormValues: (answers: PerspectiveAnswers) => ({ ...form.getValues(), answers }),
    initialVersion: version,
    sharedVersion: version,
    onSaved: setVersion,
    rebaseWhenUnchanged: true,
  });
  const conflict = autosave.conflict;
  const dialogOpen = conflict !== null && closedFor !== conflict.version;

  // "Spara och fortsätt": the whole step validated, through the autosave's queue and version.
  const onSubmit = form.handleSubmit(async (values) => {
    feedback.setServerCode(null);
    const result = await autosave.submit((baseVersion) =>
      savePerspectiveStepAction(draftId, baseVersion, perspective, values),
    );
    if (!result.ok) {
      if (result.code === "CONFLICT") setClosedFor(null);
      else feedback.applyFailure(result.code, result.fieldErrors);
      throw new Error("not saved");
    }
    focusNextHeading();
    router.push(nextHref);
  }, feedback.failed);

  const answerErrors = (errors.answers ?? {}) as Record<string, { message?: string } | undefined>;
  const errorFor = (questionId: string) => message(`answers.${questionId}`, answerErrors[questionId]?.message);
  const attempted = feedback.attempt > 0;
  const summary: SummaryError[] = questions[perspective].flatMap((question) => {
    if (!attempted) return [];
    const text = errorFor(question.id);
    return text ? [{ href: `#q-${question.id}`, message: text }] : [];
  });
  const completedError = message("completed", errors.completed?.message);
  if (completedError && attempted) summary.push({ href: "#step-completed", message: completedError });
  if (feedback.serverCode) summary.push({ message: t(`errors.codes.${feedback.serverCode}`) });
  const errorPrefix = t("errors.titlePrefix");
  const busy = isSubmitting || isSubmitSuccessful;

  const answersOf = (values: PerspectiveFormInput) => (values.answers ?? {}) as Record<string, unknown>;
  return (
    <>
      {autosave.recovered ? (
        <RecoveryBanner
          changedAt={autosave.recovered.changedAt}
          onRestore={autosave.restore}
          onDiscard={autosave.discard}
        />
      ) : null}
      {conflict && dialogOpen ? (
        <ConflictDialog
          fields={answerFields(tq, perspective)}
          mine={answersOf(form.getValues())}
          theirs={answersOf(conflict.theirs)}
          format={(name, value) => formatAnswer(tq, perspective, name, value)}
          onResolve={(answers) =>
            autosave.resolve({ ...form.getValues(), answers: answers as PerspectiveFormInput["answers"] })
          }
          onClose={() => setClosedFor(conflict.version)}
        />
      ) : null}
      <ErrorSummary
        title={t("errors.summaryTitle")}
        titlePrefix={errorPrefix}
        errors={summary}
        focusKey={feedback.attempt}
      />
      <section aria-labelledby="questions-heading" className="mb-10">
        <h2 id="questions-heading" className="mb-2 text-2xl font-bold">
          {t("perspective.questionsHeading")}
        </h2>
        <p className="mb-6 text-secondary">{t("perspective.questionsIntro")}</p>
        <form
          id={formId}
          onSubmit={(event) => void onSubmit(event).catch(() => undefined)}
          onBlur={autosave.blur}
          noValidate
        >
          <PerspectiveQuestions
            perspective={perspective}
            register={form.register}
            control={form.control}
            errorFor={errorFor}
            errorPrefix={errorPrefix}
            defaults={defaultValues}
          />
          <div className="mt-2 flex flex-wrap items-center gap-6">
            <AutosaveStatusLine status={autosave.status} />
            {conflict && !dialogOpen ? (
              <Button variant="link" onClick={() => setClosedFor(null)}>
                {t("autosave.conflict.reopen")}
              </Button>
            ) : null}
          </div>
        </form>
      </section>
      {children}
      <section className="mt-10 border-t border-line pt-6">
        <ChoiceGroup
          id="step-completed"
          type="radio"
          legend={t("perspective.fields.completed.legend")}
          error={completedError}
          errorPrefix={errorPrefix}
          choices={completedAnswers.map((value) => ({ value, label: t(`perspective.completed.${value}`) }))}
          registration={form.register("completed")}
          checked={choiceDefault(defaultValues, "completed")}
        />
        <Button type="submit" form={formId} disabled={busy}>
          {busy ? t("perspective.saving") : t("perspective.saveAndContinue")}
        </Button>
      </section>
    </>
  );
}
