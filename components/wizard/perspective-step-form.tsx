"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useForm, type DefaultValues } from "react-hook-form";
import {
  completedAnswers,
  normaliseStepValues,
  perspectiveFormSchema,
  type PerspectiveForm,
  type PerspectiveFormInput,
} from "@/lib/answers/schema";
import { questions } from "@/lib/drafts/questions";
import type { Perspective } from "@/lib/requirements/schema";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ErrorSummary, type SummaryError } from "@/components/ui/error-summary";
import { useFieldMessage } from "@/components/ui/use-field-message";
import { useFormFeedback } from "@/components/ui/use-form-feedback";
import { PerspectiveQuestions } from "@/components/wizard/perspective-questions";
import { useStepSave } from "@/components/wizard/use-step-save";

const formId = "perspective-step-form";

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
  const { saveStep } = useStepSave(perspective);
  const resolve = zodResolver(perspectiveFormSchema(perspective));
  const form = useForm<PerspectiveFormInput, unknown, PerspectiveForm>({
    resolver: (values, context, options) => resolve(normaliseStepValues(values), context, options),
    defaultValues,
    shouldFocusError: false,
  });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;
  const feedback = useFormFeedback(form.setError);

  const onSubmit = form.handleSubmit(async (values) => {
    feedback.setServerCode(null);
    const result = await saveStep(values);
    if (!result.ok) {
      feedback.applyFailure(result.code, result.fieldErrors);
      throw new Error("not saved");
    }
    router.push(nextHref);
  }, feedback.failed);

  const answerErrors = (errors.answers ?? {}) as Record<string, { message?: string } | undefined>;
  const errorFor = (questionId: string) => message(`answers.${questionId}`, answerErrors[questionId]?.message);
  const summary: SummaryError[] = questions[perspective].flatMap((question) => {
    const text = errorFor(question.id);
    return text ? [{ href: `#q-${question.id}`, message: text }] : [];
  });
  const completedError = message("completed", errors.completed?.message);
  if (completedError) summary.push({ href: "#step-completed", message: completedError });
  if (feedback.serverCode) summary.push({ message: t(`errors.codes.${feedback.serverCode}`) });
  const errorPrefix = t("errors.titlePrefix");
  const busy = isSubmitting || isSubmitSuccessful;

  return (
    <>
      <ErrorSummary title={t("errors.summaryTitle")} titlePrefix={errorPrefix} errors={summary} focusKey={feedback.attempt} />
      <section aria-labelledby="questions-heading" className="mb-10">
        <h2 id="questions-heading" className="mb-2 text-2xl font-bold">
          {t("perspective.questionsHeading")}
        </h2>
        <p className="mb-6 text-[#505a5f]">{t("perspective.questionsIntro")}</p>
        <form id={formId} onSubmit={(event) => void onSubmit(event).catch(() => undefined)} noValidate>
          <PerspectiveQuestions perspective={perspective} register={form.register} errorFor={errorFor} errorPrefix={errorPrefix} />
        </form>
      </section>
      {children}
      <section className="mt-10 border-t border-[#b1b4b6] pt-6">
        <ChoiceGroup
          id="step-completed"
          type="radio"
          legend={t("perspective.fields.completed.legend")}
          error={completedError}
          errorPrefix={errorPrefix}
          choices={completedAnswers.map((value) => ({ value, label: t(`perspective.completed.${value}`) }))}
          registration={form.register("completed")}
        />
        <Button type="submit" form={formId} disabled={busy}>
          {busy ? t("perspective.saving") : t("perspective.saveAndContinue")}
        </Button>
      </section>
    </>
  );
}
