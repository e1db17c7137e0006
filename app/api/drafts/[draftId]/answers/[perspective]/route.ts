import { autosavePerspectiveAnswers, getPerspectiveAnswers } from "@/lib/autosave/answers";
import { autosaveRoute } from "@/lib/autosave/route";

// A perspective step's autosave doorway; the same mutation as
// savePerspectiveStepAction, without the completion question.
type Params = { draftId: string; perspective: string };

export const { GET, PUT, POST } = autosaveRoute<Params, Awaited<ReturnType<typeof getPerspectiveAnswers>>>({
  label: "a perspective step",
  read: (userId, { draftId, perspective }) => getPerspectiveAnswers(userId, draftId, perspective),
  save: (userId, { draftId, perspective }, baseVersion, values) =>
    autosavePerspectiveAnswers(userId, draftId, perspective, baseVersion, values),
});
