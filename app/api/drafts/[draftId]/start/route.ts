import { autosaveRoute } from "@/lib/autosave/route";
import { autosaveStartStep } from "@/lib/autosave/start";
import { getStartValues } from "@/lib/drafts/data";
import { draftIdSchema } from "@/lib/drafts/schema";

// The Start step's autosave doorway; same schema and mutation as the
// "Spara utkast" action.
export const { GET, PUT, POST } = autosaveRoute<{ draftId: string }, Awaited<ReturnType<typeof getStartValues>>>({
  label: "the Start step",
  read: async (userId, { draftId }) => {
    const id = draftIdSchema.safeParse(draftId);
    return id.success ? getStartValues(userId, id.data) : null;
  },
  save: (userId, { draftId }, baseVersion, values) => autosaveStartStep(userId, draftId, baseVersion, values),
});
