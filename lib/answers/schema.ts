import { z } from "zod";
import { perspectiveStepSchema } from "@/lib/drafts/answers";
import type { Perspective } from "@/lib/requirements/schema";

// "Har du slutfört avsnittet?" (GOV.UK task list pattern): asked at the end of
// every perspective step and required when the user continues.
export const completedAnswers = ["yes", "no"] as const;
export const completedSchema = z.enum(completedAnswers, { error: "chooseOne" });

// The whole perspective form: its guided answers plus the completion question.
export function perspectiveFormSchema(perspective: Perspective) {
  return z.object({ answers: perspectiveStepSchema(perspective), completed: completedSchema });
}

export type PerspectiveFormInput = z.input<ReturnType<typeof perspectiveFormSchema>>;
export type PerspectiveForm = z.output<ReturnType<typeof perspectiveFormSchema>>;

// Unchecked radios arrive as null and an empty checkbox group as false from
// the browser form; both mean "not answered".
export function normaliseStepValues<T extends { answers?: Record<string, unknown> }>(values: T): T {
  const answers = Object.fromEntries(
    Object.entries(values.answers ?? {}).map(([id, value]) => [id, value === null || value === false ? undefined : value]),
  );
  return { ...values, answers };
}

// What an autosave of the step sends: the answers alone, read from the whole
// form's values (the completion question is only asked on "Spara och fortsätt").
export function perspectiveAnswersDraftSchema(perspective: Perspective) {
  return z.preprocess((values) => {
    const answers = typeof values === "object" && values !== null ? (values as { answers?: unknown }).answers : undefined;
    const record = typeof answers === "object" && answers !== null && !Array.isArray(answers) ? (answers as Record<string, unknown>) : {};
    return normaliseStepValues({ answers: record }).answers;
  }, perspectiveStepSchema(perspective));
}
