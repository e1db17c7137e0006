"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/zod";
import { getSuggestion } from "@/lib/catalog/index";
import { draftIdSchema } from "@/lib/drafts/schema";
import { failure, type ActionResult, type MutationResult } from "@/lib/errors";
import {
  acceptSuggestion,
  createRequirement,
  deleteRequirement,
  dismissSuggestion,
  distributeBorWeights,
  moveRequirement,
  resolveSourceUpdate,
  restoreSuggestion,
  updateRequirement,
} from "@/lib/requirements/mutations";
import { requirementInputSchema } from "@/lib/requirements/schema";
import { perspectiveSchema } from "@/lib/vocabulary-schema";
import { fieldErrorsOf } from "@/lib/validation";
import { serverAction } from "@/lib/auth/server-action";

export type RequirementActionResult = ActionResult<{ version: number; code?: string }>;

const requirementIdSchema = z.cuid();
const suggestionIdSchema = z.string().regex(/^s-[a-z0-9-]+$/);
const directionSchema = z.enum(["up", "down"]);
const sourceChoiceSchema = z.enum(["use", "keep"]);
// The other ids an action took, checked before the draft id counts as found.
const checksSchema = z.array(z.literal(true));

// Every change re-renders the draft's pages and answers the new version
// (and the requirement's code where one was made).
async function run<T extends { version: number; code?: string }>(
  draftId: string,
  checks: boolean[],
  write: (userId: string, draftId: string) => Promise<MutationResult<T>>,
): Promise<RequirementActionResult> {
  const ids = { draftId: [draftIdSchema, draftId], checks: [checksSchema, checks] } as const;
  return serverAction({ ids, permission: "edit" }, async (user, { draftId: id }) => {
    const result = await write(user.id, id);
    if (!result.ok) return result;
    revalidatePath(`/drafts/${id}`, "layout");
    return { ok: true, data: { version: result.data.version, code: result.data.code } };
  });
}

export async function createRequirementAction(
  draftId: string,
  perspective: string,
  input: unknown,
): Promise<RequirementActionResult> {
  const parsed = requirementInputSchema.safeParse(input);
  if (!parsed.success) return failure("VALIDATION", fieldErrorsOf(parsed.error));
  const step = perspectiveSchema.safeParse(perspective);
  return run(draftId, [step.success], (userId, id) => createRequirement(userId, id, step.data!, parsed.data));
}

export async function updateRequirementAction(
  draftId: string,
  requirementId: string,
  input: unknown,
): Promise<RequirementActionResult> {
  const parsed = requirementInputSchema.safeParse(input);
  if (!parsed.success) return failure("VALIDATION", fieldErrorsOf(parsed.error));
  const ok = requirementIdSchema.safeParse(requirementId).success;
  return run(draftId, [ok], (userId, id) => updateRequirement(userId, id, requirementId, parsed.data));
}

export async function deleteRequirementAction(
  draftId: string,
  requirementId: string,
): Promise<RequirementActionResult> {
  const ok = requirementIdSchema.safeParse(requirementId).success;
  return run(draftId, [ok], (userId, id) => deleteRequirement(userId, id, requirementId));
}

export async function moveRequirementAction(
  draftId: string,
  requirementId: string,
  direction: string,
): Promise<RequirementActionResult> {
  const dir = directionSchema.safeParse(direction);
  const ok = requirementIdSchema.safeParse(requirementId).success;
  return run(draftId, [ok, dir.success], (userId, id) => moveRequirement(userId, id, requirementId, dir.data!));
}

export async function acceptSuggestionAction(draftId: string, suggestionId: string): Promise<RequirementActionResult> {
  const suggestion = suggestionIdSchema.safeParse(suggestionId).success ? getSuggestion(suggestionId) : undefined;
  return run(draftId, [suggestion !== undefined], (userId, id) => acceptSuggestion(userId, id, suggestion!));
}

export async function dismissSuggestionAction(draftId: string, suggestionId: string): Promise<RequirementActionResult> {
  const ok = suggestionIdSchema.safeParse(suggestionId).success && getSuggestion(suggestionId) !== undefined;
  return run(draftId, [ok], (userId, id) => dismissSuggestion(userId, id, suggestionId));
}

export async function restoreSuggestionAction(draftId: string, suggestionId: string): Promise<RequirementActionResult> {
  const ok = suggestionIdSchema.safeParse(suggestionId).success;
  return run(draftId, [ok], (userId, id) => restoreSuggestion(userId, id, suggestionId));
}

// "Använd den nya lydelsen" / "Behåll min lydelse" on a revised source.
export async function resolveSourceUpdateAction(
  draftId: string,
  requirementId: string,
  choice: string,
): Promise<RequirementActionResult> {
  const parsed = sourceChoiceSchema.safeParse(choice);
  const ok = requirementIdSchema.safeParse(requirementId).success;
  return run(draftId, [ok, parsed.success], (userId, id) =>
    resolveSourceUpdate(userId, id, requirementId, parsed.data!),
  );
}

// "Fördela vikterna" in Granska: the bör weights scaled to exactly 100 %.
export async function distributeWeightsAction(draftId: string): Promise<RequirementActionResult> {
  return run(draftId, [], (userId, id) => distributeBorWeights(userId, id));
}
