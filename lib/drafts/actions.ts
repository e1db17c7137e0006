"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { createDraft, saveStartStep } from "@/lib/drafts/mutations";
import { baseVersionSchema, draftIdSchema, startStepSchema, type StartStepInput } from "@/lib/drafts/schema";
import { failure, type ActionResult } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";

export async function createDraftAction(): Promise<void> {
  const user = await requireUser();
  const draft = await createDraft(user.id);
  redirect(`/drafts/${draft.id}/start`);
}

export type SaveResult = ActionResult<{ version: number; savedAt: string }>;

export async function saveStartStepAction(
  draftId: string,
  baseVersion: number,
  input: StartStepInput,
): Promise<SaveResult> {
  const user = await requireUser();
  const ids = draftIdSchema.safeParse(draftId);
  const version = baseVersionSchema.safeParse(baseVersion);
  if (!ids.success || !version.success) return failure("NOT_FOUND");
  const parsed = startStepSchema.safeParse(input);
  if (!parsed.success) return failure("VALIDATION", fieldErrorsOf(parsed.error));

  const result = await saveStartStep(user.id, ids.data, version.data, parsed.data);
  if (!result.ok) return failure(result.reason === "conflict" ? "CONFLICT" : "NOT_FOUND");
  revalidatePath(`/drafts/${ids.data}`, "layout");
  revalidatePath("/drafts");
  return { ok: true, data: { version: result.data.version, savedAt: result.data.updatedAt.toISOString() } };
}
