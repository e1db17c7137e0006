import "server-only";
import { db } from "@/lib/db";
import { perspectiveAnswersSchema } from "@/lib/drafts/answers";
import { parseContext } from "@/lib/drafts/data";
import { draftWhere } from "@/lib/drafts/scope";
import { AppError } from "@/lib/errors";
import type { DocumentSource } from "@/lib/document/types";
import { buildFollowUpPlan } from "@/lib/followup/plan";
import { fromUtcDate } from "@/lib/followup/schema";
import { toRequirementRow } from "@/lib/requirements/data";

// One read of everything the document shows, scoped by the caller's access.
// `contactUserId` is who exports: their name and e-mail go on the cover.
export async function getDocumentSource(userId: string, draftId: string): Promise<DocumentSource | null> {
  const [draft, user] = await Promise.all([
    db.draft.findFirst({
      where: draftWhere(userId, draftId, "read"),
      select: {
        id: true,
        title: true,
        version: true,
        context: true,
        answers: true,
        requirements: { orderBy: [{ perspective: "asc" }, { position: "asc" }] },
        followUps: true,
      },
    }),
    db.user.findUnique({ where: { id: userId }, select: { name: true, email: true } }),
  ]);
  if (!draft || !user) return null;
  const answers = perspectiveAnswersSchema.safeParse(draft.answers);
  if (!answers.success) {
    throw new AppError("INTERNAL", {
      cause: new Error(`draft ${draft.id} has invalid answers: ${answers.error.message}`),
    });
  }
  const rows = draft.requirements.map(toRequirementRow);
  return {
    title: draft.title,
    version: draft.version,
    context: parseContext(draft.id, draft.context),
    answers: answers.data,
    contact: { name: user.name, email: user.email },
    requirements: rows,
    followUp: buildFollowUpPlan(
      rows,
      draft.followUps.map((row) => ({ ...row, doneAt: fromUtcDate(row.doneAt) })),
    ),
  };
}
