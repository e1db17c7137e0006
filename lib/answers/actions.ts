"use server";

import { revalidatePath } from "next/cache";
import { savePerspectiveAnswers } from "@/lib/answers/mutations";
import { normaliseStepInput, perspectiveFormSchema } from "@/lib/answers/schema";
import { baseVersionSchema, draftIdSchema } from "@/lib/drafts/schema";
import type { SaveResult } from "@/lib/drafts/types";
import { parseInput, serverAction } from "@/lib/auth/server-action";
import { perspectiveSchema } from "@/lib/vocabulary-schema";

// "Spara och fortsätt" validates the whole form (completion question
// included); the autosave route (lib/autosave/answers.ts) stores the answers
// alone over the same mutation and leaves the completion state as it was.
export async function savePerspectiveStepAction(
  draftId: string,
  baseVersion: number,
  perspective: string,
  input: unknown,
): Promise<SaveResult> {
  const ids = {
    draftId: [draftIdSchema, draftId],
    baseVersion: [baseVersionSchema, baseVersion],
    perspective: [perspectiveSchema, perspective],
  } as const;
  return serverAction(
    { ids, permission: "edit" },
    async (user, { draftId: id, baseVersion: version, perspective: step }) => {
      const parsed = parseInput(perspectiveFormSchema(step), normaliseStepInput(input));
      if (!parsed.ok) return parsed;
      const { answers, completed } = parsed.data;
      const result = await savePerspectiveAnswers(user.id, id, version, step, answers, completed === "yes");
      if (!result.ok) return result;
      revalidatePath(`/drafts/${id}`, "layout");
      revalidatePath("/drafts");
      return { ok: true, data: { version: result.data.version, savedAt: result.data.updatedAt.toISOString() } };
    },
  );
}
