import { z } from "@/lib/zod-mini";
import { questions, type Question } from "@/lib/drafts/questions";
import { perspectives, type Perspective } from "@/lib/vocabulary";

// Every guided question is optional: the procurer may leave one blank and the
// step is still usable. The schema for one perspective is built from its
// question registry so a stored answer can never hold an unknown option.
function answerSchema(question: Question) {
  switch (question.kind) {
    case "text":
      return z.optional(z.string().check(z.trim(), z.maxLength(question.maxLength, "tooLong")));
    case "choice":
      return z.optional(z.enum(question.options as [string, ...string[]], { error: "chooseOne" }));
    case "multi":
      return z.optional(z.array(z.enum(question.options as [string, ...string[]], { error: "chooseOne" })));
  }
}

export function perspectiveStepSchema(perspective: Perspective) {
  const shape = Object.fromEntries(questions[perspective].map((q) => [q.id, answerSchema(q)]));
  return z.strictObject(shape);
}

export type PerspectiveAnswers = Record<string, string | string[] | undefined>;

// Draft.answers: one object per perspective that has been answered.
export const perspectiveAnswersSchema = z.object(
  Object.fromEntries(perspectives.map((p) => [p, z.optional(perspectiveStepSchema(p))])) as Record<
    Perspective,
    z.ZodMiniOptional<ReturnType<typeof perspectiveStepSchema>>
  >,
);
export type DraftAnswers = Partial<Record<Perspective, PerspectiveAnswers>>;

export function isAnswered(value: string | string[] | undefined): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value.trim() !== "";
}
