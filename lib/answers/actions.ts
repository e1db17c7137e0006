"use server";

import { revalidatePath } from "next/cache";
import { savePerspectiveAnswers } from "@/lib/answers/mutations";
import { normaliseStepInput, perspectiveFormSchema } from "@/lib/answers/schema";
import { getCurrentUser } from "@/lib/auth/session";
import { autosavePerspectiveAnswers } from "@/lib/answers/autosave";
import { baseVersionSchema, draftIdSchema } from "@/lib/drafts/schema";
import { failure, type ActionResult, missFailure } from "@/lib/errors";
import { perspectiveSchema } from "@/lib/vocabulary";
import { fieldErrorsOf } from "@/lib/validation";

export type StepSaveResult = ActionResult<{ version: number; savedAt: string }>;

// Two entry points over one mutation: "Spara och fortsätt" validates the
// whole form (completion question included); a draft save (the same path as
// the autosave route, lib/answers/autosave.ts) stores the answers alone and
// leaves the completion state as it was.
export async function savePerspectiveStepAction(
  draftId: string,
  baseVersion: number,
  perspective: string,
  input: unknown,
): Promise<StepSaveResult> {
  return save(draftId, baseVersion, perspective, input);
}

export async function savePerspectiveAnswersAction(
  draftId: string,
  baseVersion: number,
  perspective: string,
  answers: unknown,
): Promise<StepSaveResult> {
  const user = await getCurrentUser();
  if (!user) return failure("UNAUTHENTICATED");
  return autosavePerspectiveAnswers(user.id, draftId, perspective, baseVersion, answers);
}

async function save(draftId: string, baseVersion: number, perspective: string, input: unknown): Promise<StepSaveResult> {
  const user = await getCurrentUser();
  if (!user) return failure("UNAUTHENTICATED");
  const id = draftIdSchema.safeParse(draftId);
  const version = baseVersionSchema.safeParse(baseVersion);
  const step = perspectiveSchema.safeParse(perspective);
  if (!id.success || !version.success || !step.success) return failure("NOT_FOUND");

  const parsed = perspectiveFormSchema(step.data).safeParse(normaliseStepInput(input));
  if (!parsed.success) return failure("VALIDATION", fieldErrorsOf(parsed.error));
  const { answers } = parsed.data;
  const completed = parsed.data.completed === "yes";
  const result = await savePerspectiveAnswers(user.id, id.data, version.data, step.data, answers, completed);
  if (!result.ok) {
    return missFailure(result.reason, "edit");
  }
  revalidatePath(`/drafts/${id.data}`, "layout");
  revalidatePath("/drafts");
  return { ok: true, data: { version: result.data.version, savedAt: result.data.updatedAt.toISOString() } };
}
