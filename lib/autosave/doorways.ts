import { autosavePerspectiveAnswers, getPerspectiveAnswers } from "@/lib/autosave/answers";
import { autosaveRoute } from "@/lib/autosave/route";
import { autosaveStartStep } from "@/lib/autosave/start";
import { getStartValues } from "@/lib/drafts/data";
import { draftIdSchema } from "@/lib/drafts/schema";

// The two autosave doorways, defined once: Next's route files re-export them
// (app/api/drafts/[draftId]/…/route.ts) and server.mjs calls them directly
// (lib/autosave/direct.ts), so both paths run the same checks and mutation.

// The Start step: same schema and mutation as the "Spara utkast" action.
export const startDoorway = autosaveRoute<{ draftId: string }, Awaited<ReturnType<typeof getStartValues>>>({
  label: "the Start step",
  read: async (userId, { draftId }) => {
    const id = draftIdSchema.safeParse(draftId);
    return id.success ? getStartValues(userId, id.data) : null;
  },
  save: (userId, { draftId }, baseVersion, values) => autosaveStartStep(userId, draftId, baseVersion, values),
});

// A perspective step: the same mutation as savePerspectiveStepAction, without
// the completion question.
type AnswerParams = { draftId: string; perspective: string };
export const answersDoorway = autosaveRoute<AnswerParams, Awaited<ReturnType<typeof getPerspectiveAnswers>>>({
  label: "a perspective step",
  read: (userId, { draftId, perspective }) => getPerspectiveAnswers(userId, draftId, perspective),
  save: (userId, { draftId, perspective }, baseVersion, values) =>
    autosavePerspectiveAnswers(userId, draftId, perspective, baseVersion, values),
});
