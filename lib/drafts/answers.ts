import { z } from "@/lib/zod";
import { questions, type Question } from "@/lib/drafts/questions";
import { perspectives, type Perspective } from "@/lib/vocabulary";

// Every guided question is optional: the procurer may leave one blank and the
// step is still usable. The schema for one perspective is built from its
// question registry so a stored answer can never hold an unknown option.
function answerSchema(question: Question) {
  switch (question.kind) {
    case "text":
      return z.string().trim().max(question.maxLength, "tooLong").optional();
    case "choice":
      return z.enum(question.options as [string, ...string[]], { error: "chooseOne" }).optional();
    case "multi":
      return z.array(z.enum(question.options as [string, ...string[]], { error: "chooseOne" })).optional();
  }
}

export function perspectiveStepSchema(perspective: Perspective) {
  const shape = Object.fromEntries(questions[perspective].map((q) => [q.id, answerSchema(q)]));
  return z.object(shape).strict();
}

export type PerspectiveAnswers = Record<string, string | string[] | undefined>;

// Draft.answers: one object per perspective that has been answered.
export const perspectiveAnswersSchema = z.object(
  Object.fromEntries(perspectives.map((p) => [p, perspectiveStepSchema(p).optional()])) as Record<
    Perspective,
    z.ZodOptional<ReturnType<typeof perspectiveStepSchema>>
  >,
);
export type DraftAnswers = Partial<Record<Perspective, PerspectiveAnswers>>;

export function isAnswered(value: string | string[] | undefined): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value.trim() !== "";
}
