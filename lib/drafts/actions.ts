"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { copyDraft, createDraftInSpace, saveStartStep } from "@/lib/drafts/mutations";
import { getStartValues } from "@/lib/drafts/data";
import { getTranslations } from "next-intl/server";
import { baseVersionSchema, draftIdSchema, startStepSchema, type StartStepInput } from "@/lib/drafts/schema";
import { failure, type ActionResult, missFailure } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";

// Creates the draft in the active space shown in the header. A stale active
// organisation (membership ended) falls back to the personal space; a läsare
// gets the dashboard back with a message naming the role needed.
export async function createDraftAction(): Promise<void> {
  const user = await requireUser();
  let result = await createDraftInSpace(user.id, user.activeOrganizationId);
  if (!result.ok && result.reason === "not_found") result = await createDraftInSpace(user.id, null);
  if (!result.ok) redirect("/drafts?error=FORBIDDEN_EDITOR");
  redirect(`/drafts/${result.data.id}/start`);
}

export type SaveResult = ActionResult<{ version: number; savedAt: string }>;

export async function saveStartStepAction(
  draftId: string,
  baseVersion: number,
  input: StartStepInput,
): Promise<SaveResult> {
  // No redirect here: an expired session must not navigate away from a form
  // full of unsaved answers. The form keeps them and says to sign in again.
  const user = await getCurrentUser();
  if (!user) return failure("UNAUTHENTICATED");
  const ids = draftIdSchema.safeParse(draftId);
  const version = baseVersionSchema.safeParse(baseVersion);
  if (!ids.success || !version.success) return failure("NOT_FOUND");
  const parsed = startStepSchema.safeParse(input);
  if (!parsed.success) return failure("VALIDATION", fieldErrorsOf(parsed.error));

  const result = await saveStartStep(user.id, ids.data, version.data, parsed.data);
  if (!result.ok) {
    return missFailure(result.reason, "edit");
  }
  revalidatePath(`/drafts/${ids.data}`, "layout");
  revalidatePath("/drafts");
  return { ok: true, data: { version: result.data.version, savedAt: result.data.updatedAt.toISOString() } };
}

export type StartValuesResult = ActionResult<NonNullable<Awaited<ReturnType<typeof getStartValues>>>>;

// For the conflict dialog: what is stored now and the version to save against.
export async function getStartValuesAction(draftId: string): Promise<StartValuesResult> {
  const user = await getCurrentUser();
  if (!user) return failure("UNAUTHENTICATED");
  const id = draftIdSchema.safeParse(draftId);
  const current = id.success ? await getStartValues(user.id, id.data) : null;
  return current ? { ok: true, data: current } : failure("NOT_FOUND");
}

export async function copyDraftAction(draftId: string): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return failure("UNAUTHENTICATED");
  const id = draftIdSchema.safeParse(draftId);
  if (!id.success) return failure("NOT_FOUND");
  const t = await getTranslations("trash");
  const result = await copyDraft(user.id, id.data, t("copyPrefix"));
  if (!result.ok) return failure("NOT_FOUND");
  revalidatePath("/drafts");
  redirect(`/drafts/${result.data.id}/start`);
}
