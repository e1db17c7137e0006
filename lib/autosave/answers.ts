import "server-only";
import { savePerspectiveAnswers } from "@/lib/answers/mutations";
import { normaliseAnswers } from "@/lib/answers/schema";
import { perspectiveStepSchema } from "@/lib/drafts/answers";
import { getDraftForUser } from "@/lib/drafts/data";
import { baseVersionSchema, draftIdSchema } from "@/lib/drafts/schema";
import type { SaveResult } from "@/lib/drafts/types";
import { failure, missFailure } from "@/lib/errors";
import { perspectiveSchema } from "@/lib/vocabulary-schema";
import { fieldErrorsOf } from "@/lib/validation";

// An autosave of one perspective's guided answers (the completion state is
// left as it was), for the JSON route the browser autosaves through; the same
// single-transaction mutation as savePerspectiveStepAction.
export async function autosavePerspectiveAnswers(
  userId: string,
  draftId: unknown,
  perspective: unknown,
  baseVersion: unknown,
  input: unknown,
): Promise<SaveResult> {
  const id = draftIdSchema.safeParse(draftId);
  const version = baseVersionSchema.safeParse(baseVersion);
  const step = perspectiveSchema.safeParse(perspective);
  if (!id.success || !version.success || !step.success) return failure("NOT_FOUND");
  const parsed = perspectiveStepSchema(step.data).safeParse(normaliseAnswers(input));
  if (!parsed.success) return failure("VALIDATION", fieldErrorsOf(parsed.error));
  const result = await savePerspectiveAnswers(userId, id.data, version.data, step.data, parsed.data);
  if (!result.ok) {
    return missFailure(result.reason, "edit");
  }
  // No revalidatePath: every draft page is rendered per request (nothing is
  // cached to invalidate), and a route handler cannot reach the browser's
  // router cache anyway. It cost CPU on every keystroke's save.
  return { ok: true, data: { version: result.data.version, savedAt: result.data.updatedAt.toISOString() } };
}

// The step's saved answers and the draft version, for the conflict dialog.
export async function getPerspectiveAnswers(userId: string, draftId: unknown, perspective: unknown) {
  const id = draftIdSchema.safeParse(draftId);
  const step = perspectiveSchema.safeParse(perspective);
  if (!id.success || !step.success) return null;
  const draft = await getDraftForUser(userId, id.data);
  return draft ? { version: draft.version, values: draft.answers[step.data] ?? {} } : null;
}
