import "server-only";
import { saveStartStep } from "@/lib/drafts/mutations";
import { baseVersionSchema, draftIdSchema, startStepDraftSchema } from "@/lib/drafts/schema";
import type { SaveResult } from "@/lib/drafts/types";
import { failure, missFailure } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";

// An autosave of the Start step: whatever has been typed so far, as long as
// each answer given is valid (startStepDraftSchema, derived from the schema
// saveStartStepAction parses), for the JSON route the browser autosaves
// through; the same single-transaction mutation as the action.
export async function autosaveStartStep(
  userId: string,
  draftId: unknown,
  baseVersion: unknown,
  input: unknown,
): Promise<SaveResult> {
  const ids = draftIdSchema.safeParse(draftId);
  const version = baseVersionSchema.safeParse(baseVersion);
  if (!ids.success || !version.success) return failure("NOT_FOUND");
  const parsed = startStepDraftSchema.safeParse(input);
  if (!parsed.success) return failure("VALIDATION", fieldErrorsOf(parsed.error));
  const result = await saveStartStep(userId, ids.data, version.data, parsed.data);
  if (!result.ok) return missFailure(result.reason, "edit");
  // No revalidatePath: see lib/autosave/answers.ts.
  return { ok: true, data: { version: result.data.version, savedAt: result.data.updatedAt.toISOString() } };
}
