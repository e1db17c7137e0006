"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { copyDraft, createDraftInSpace, saveStartStep } from "@/lib/drafts/mutations";
import { getStartValues } from "@/lib/drafts/data";
import { getTranslations } from "next-intl/server";
import { baseVersionSchema, draftIdSchema, startStepSchema, type StartStepInput } from "@/lib/drafts/schema";
import type { SaveResult } from "@/lib/drafts/types";
import { AppError, type ActionResult } from "@/lib/errors";
import { limitWrites } from "@/lib/security/write-limit";
import { parseInput, serverAction } from "@/lib/auth/server-action";

// Creates the draft in the active space shown in the header. A stale active
// organisation (membership ended) falls back to the personal space; a läsare
// gets the dashboard back with a message naming the role needed.
export async function createDraftAction(): Promise<void> {
  const user = await requireUser();
  if (await limitWrites(user.id)) redirect("/drafts?error=RATE_LIMITED");
  let result;
  try {
    result = await createDraftInSpace(user.id, user.activeOrganizationId);
    if (!result.ok && result.reason === "not_found") result = await createDraftInSpace(user.id, null);
  } catch (error) {
    if (error instanceof AppError) redirect(`/drafts?error=${error.code}`);
    throw error;
  }
  if (!result.ok) redirect("/drafts?error=FORBIDDEN_EDITOR");
  redirect(`/drafts/${result.data.id}/start`);
}

// "Spara och fortsätt": the whole Start step, validated as the form does.
export async function saveStartStepAction(
  draftId: string,
  baseVersion: number,
  input: StartStepInput,
): Promise<SaveResult> {
  const ids = { draftId: [draftIdSchema, draftId], baseVersion: [baseVersionSchema, baseVersion] } as const;
  return serverAction({ ids, permission: "edit" }, async (user, { draftId: id, baseVersion: version }) => {
    const parsed = parseInput(startStepSchema, input);
    if (!parsed.ok) return parsed;
    const result = await saveStartStep(user.id, id, version, parsed.data);
    if (!result.ok) return result;
    revalidatePath(`/drafts/${id}`, "layout");
    revalidatePath("/drafts");
    return { ok: true, data: { version: result.data.version, savedAt: result.data.updatedAt.toISOString() } };
  });
}

export type StartValuesResult = ActionResult<NonNullable<Awaited<ReturnType<typeof getStartValues>>>>;

// For the conflict dialog: what is stored now and the version to save against.
export async function getStartValuesAction(draftId: string): Promise<StartValuesResult> {
  return serverAction(
    { ids: { draftId: [draftIdSchema, draftId] }, permission: "read", reads: true },
    async (user, { draftId: id }) => {
      const current = await getStartValues(user.id, id);
      return current ? { ok: true, data: current } : { ok: false, reason: "not_found" };
    },
  );
}

export async function copyDraftAction(draftId: string): Promise<ActionResult> {
  return serverAction(
    { ids: { draftId: [draftIdSchema, draftId] }, permission: "read" },
    async (user, { draftId: id }) => {
      const t = await getTranslations("trash");
      const result = await copyDraft(user.id, id, t("copyPrefix"));
      if (!result.ok) return { ok: false, reason: "not_found" };
      revalidatePath("/drafts");
      redirect(`/drafts/${result.data.id}/start`);
    },
  );
}
