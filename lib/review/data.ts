import "server-only";
import { db } from "@/lib/db";
import { perspectiveAnswersSchema, type DraftAnswers } from "@/lib/drafts/answers";
import { draftWhere } from "@/lib/drafts/scope";
import { AppError } from "@/lib/errors";
import { toRequirementRow } from "@/lib/requirements/data";
import type { RequirementRow } from "@/lib/requirements/types";
import { perspectives } from "@/lib/vocabulary";

export type ReviewData = { answers: DraftAnswers; requirements: RequirementRow[] };

function invalid(draftId: string, what: string, message: string): never {
  throw new AppError("INTERNAL", { cause: new Error(`draft ${draftId} has invalid ${what}: ${message}`) });
}

// Everything the review page shows besides the draft itself: guided answers
// and requirement rows, in perspective order then position. Scoped through
// the draft, so a foreign draft id reads as an empty, missing draft (null).
export async function getReviewData(userId: string, draftId: string): Promise<ReviewData | null> {
  const where = draftWhere(userId, draftId, "read");
  const [draft, rows] = await Promise.all([
    db.draft.findFirst({ where, select: { answers: true } }),
    db.requirement.findMany({ where: { draftId, draft: where }, orderBy: [{ position: "asc" }, { number: "asc" }] }),
  ]);
  if (!draft) return null;
  const answers = perspectiveAnswersSchema.safeParse(draft.answers);
  if (!answers.success) invalid(draftId, "answers", answers.error.message);
  const requirements = rows.map(toRequirementRow);
  const order = (requirement: RequirementRow) => perspectives.indexOf(requirement.perspective);
  // Stable sort keeps the database's position order within a perspective.
  requirements.sort((a, b) => order(a) - order(b));
  return { answers: answers.data, requirements };
}
