"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { getSuggestion } from "@/lib/catalog/index";
import { draftIdSchema } from "@/lib/drafts/schema";
import { failure, type ActionResult, missFailure } from "@/lib/errors";
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
  type RequirementResult,
} from "@/lib/requirements/mutations";
import { perspectiveSchema, requirementInputSchema } from "@/lib/requirements/schema";
import { fieldErrorsOf } from "@/lib/validation";

export type RequirementActionResult = ActionResult<{ version: number; code?: string }>;

const requirementIdSchema = z.cuid();
const suggestionIdSchema = z.string().regex(/^s-[a-z0-9-]+$/);
const directionSchema = z.enum(["up", "down"]);
const sourceChoiceSchema = z.enum(["use", "keep"]);

// Thin and uniform: authenticate, check the ids, call the mutation, turn its
// reason into a code. Every change re-renders the draft's pages.
async function run<T extends { version: number; code?: string }>(
  draftId: string,
  checks: boolean[],
  write: (userId: string, draftId: string) => Promise<RequirementResult<T>>,
): Promise<RequirementActionResult> {
  const user = await getCurrentUser();
  if (!user) return failure("UNAUTHENTICATED");
  const id = draftIdSchema.safeParse(draftId);
  if (!id.success || checks.includes(false)) return failure("NOT_FOUND");
  const result = await write(user.id, id.data);
  if (!result.ok) return missFailure(result.reason, "edit");
  revalidatePath(`/drafts/${id.data}`, "layout");
  return { ok: true, data: { version: result.data.version, code: result.data.code } };
}

export async function createRequirementAction(draftId: string, perspective: string, input: unknown): Promise<RequirementActionResult> {
  const parsed = requirementInputSchema.safeParse(input);
  if (!parsed.success) return failure("VALIDATION", fieldErrorsOf(parsed.error));
  const step = perspectiveSchema.safeParse(perspective);
  return run(draftId, [step.success], (userId, id) => createRequirement(userId, id, step.data!, parsed.data));
}

export async function updateRequirementAction(draftId: string, requirementId: string, input: unknown): Promise<RequirementActionResult> {
  const parsed = requirementInputSchema.safeParse(input);
  if (!parsed.success) return failure("VALIDATION", fieldErrorsOf(parsed.error));
  const ok = requirementIdSchema.safeParse(requirementId).success;
  return run(draftId, [ok], (userId, id) => updateRequirement(userId, id, requirementId, parsed.data));
}

export async function deleteRequirementAction(draftId: string, requirementId: string): Promise<RequirementActionResult> {
  const ok = requirementIdSchema.safeParse(requirementId).success;
  return run(draftId, [ok], (userId, id) => deleteRequirement(userId, id, requirementId));
}

export async function moveRequirementAction(draftId: string, requirementId: string, direction: string): Promise<RequirementActionResult> {
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
export async function resolveSourceUpdateAction(draftId: string, requirementId: string, choice: string): Promise<RequirementActionResult> {
  const parsed = sourceChoiceSchema.safeParse(choice);
  const ok = requirementIdSchema.safeParse(requirementId).success;
  return run(draftId, [ok, parsed.success], (userId, id) => resolveSourceUpdate(userId, id, requirementId, parsed.data!));
}

// "Fördela vikterna" in Granska: the bör weights scaled to exactly 100 %.
export async function distributeWeightsAction(draftId: string): Promise<RequirementActionResult> {
  return run(draftId, [], (userId, id) => distributeBorWeights(userId, id));
}
