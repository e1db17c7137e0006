import { z } from "@/lib/zod-mini";
import { completedAnswers } from "@/lib/answers/completed";
import { perspectiveStepSchema } from "@/lib/drafts/answers";
import type { Perspective } from "@/lib/vocabulary";

// "Har du slutfört avsnittet?" (lib/answers/completed.ts).
export const completedSchema = z.enum(completedAnswers, { error: "chooseOne" });

// The whole perspective form: its guided answers plus the completion question.
export function perspectiveFormSchema(perspective: Perspective) {
  return z.object({ answers: perspectiveStepSchema(perspective), completed: completedSchema });
}

export type PerspectiveFormInput = z.input<ReturnType<typeof perspectiveFormSchema>>;
export type PerspectiveForm = z.output<ReturnType<typeof perspectiveFormSchema>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// Unchecked radios arrive as null and an empty checkbox group as false from
// the browser form; both mean "not answered". Anything that is not an object
// is passed through for the schema to refuse.
export function normaliseAnswers(answers: unknown): unknown {
  if (!isRecord(answers)) return answers;
  return Object.fromEntries(
    Object.entries(answers).map(([id, value]) => [id, value === null || value === false ? undefined : value]),
  );
}

export function normaliseStepValues<T extends { answers?: Record<string, unknown> }>(values: T): T {
  return { ...values, answers: normaliseAnswers(values.answers ?? {}) as Record<string, unknown> };
}

// The whole step form as it reaches the server, normalised the same way.
export function normaliseStepInput(input: unknown): unknown {
  return isRecord(input) ? { ...input, answers: normaliseAnswers(input.answers ?? {}) } : input;
}

// What an autosave of the step sends: the answers alone, read from the whole
// form's values (the completion question is only asked on "Spara och fortsätt").
export function perspectiveAnswersDraftSchema(perspective: Perspective) {
  return z.preprocess((values) => {
    const answers = isRecord(values) ? values.answers : undefined;
    return normaliseAnswers(isRecord(answers) ? answers : {});
  }, perspectiveStepSchema(perspective));
}
