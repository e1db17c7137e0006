"use client";

import { useTranslations } from "next-intl";
import { useWatch, type Control, type UseFormRegister } from "react-hook-form";
import type { PerspectiveFormInput } from "@/lib/answers/schema";
import { questions } from "@/lib/drafts/questions";
import type { Perspective } from "@/lib/vocabulary";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextAreaField } from "@/components/ui/field";
import { choiceDefault, textDefault } from "@/components/ui/field-default";

// The guided questions of one perspective, built from the registry in
// lib/drafts/questions.ts; texts under "questions.<perspective>.<id>".
export function PerspectiveQuestions({
  perspective,
  register,
  control,
  errorFor,
  errorPrefix,
  defaults,
}: {
  perspective: Perspective;
  register: UseFormRegister<PerspectiveFormInput>;
  control: Control<PerspectiveFormInput>;
  errorFor: (questionId: string) => string | undefined;
  errorPrefix: string;
  // The saved answers, rendered into the server HTML (components/ui/field-default.ts).
  defaults: unknown;
}) {
  const t = useTranslations(`questions.${perspective}`);
  const tui = useTranslations("ui.characterCount");
  const answers = useWatch({ control, name: "answers" }) as Record<string, unknown> | undefined;
  return (
    <>
      {questions[perspective].map((question) => {
        const id = `q-${question.id}`;
        const hint = t.has(`${question.id}.hint`) ? t(`${question.id}.hint`) : undefined;
        const registration = register(`answers.${question.id}`);
        if (question.kind === "text") {
          const typed = answers?.[question.id];
          const limit = tui("limit", { max: question.maxLength });
          return (
            <TextAreaField
              key={question.id}
              id={id}
              label={t(`${question.id}.label`)}
              hint={hint ? `${hint} ${limit}` : limit}
              counter={{ max: question.maxLength, length: typeof typed === "string" ? typed.length : 0 }}
              error={errorFor(question.id)}
              errorPrefix={errorPrefix}
              defaultValue={textDefault(defaults, `answers.${question.id}`)}
              {...registration}
            />
          );
        }
        return (
          <ChoiceGroup
            key={question.id}
            id={id}
            type={question.kind === "choice" ? "radio" : "checkbox"}
            legend={t(`${question.id}.label`)}
            hint={hint}
            error={errorFor(question.id)}
            errorPrefix={errorPrefix}
            choices={question.options.map((value) => ({ value, label: t(`${question.id}.options.${value}`) }))}
            registration={registration}
            checked={choiceDefault(defaults, `answers.${question.id}`)}
          />
        );
      })}
    </>
  );
}
