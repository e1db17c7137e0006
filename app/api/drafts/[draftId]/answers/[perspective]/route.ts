import { autosavePerspectiveAnswers, getPerspectiveAnswers } from "@/lib/answers/autosave";
import { autosaveRoute } from "@/lib/autosave/route";

// A perspective step's autosave doorway; same schema and mutation as
// savePerspectiveAnswersAction.
type Params = { draftId: string; perspective: string };

export const { GET, PUT, POST } = autosaveRoute<Params, Awaited<ReturnType<typeof getPerspectiveAnswers>>>({
  label: "a perspective step",
  read: (userId, { draftId, perspective }) => getPerspectiveAnswers(userId, draftId, perspective),
  save: (userId, { draftId, perspective }, baseVersion, values) =>
    autosavePerspectiveAnswers(userId, draftId, perspective, baseVersion, values),
});
