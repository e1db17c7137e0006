import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { perspectiveAnswersSchema, type DraftAnswers } from "@/lib/drafts/answers";
import { draftWhere } from "@/lib/drafts/scope";
import { AppError } from "@/lib/errors";
import type { ReviewRequirement } from "@/lib/review/types";
import { kravtyper, levels, perspectives, requirementCode } from "@/lib/vocabulary";

export type ReviewData = { answers: DraftAnswers; requirements: ReviewRequirement[] };

// Rows are strings in SQLite; a value outside the vocabulary is a bug to
// surface, not something to show half-understood.
const rowSchema = z.object({
  perspective: z.enum(perspectives),
  level: z.enum(levels),
  kravtyp: z.enum(kravtyper),
});

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
  const requirements = rows.map((row): ReviewRequirement => {
    const parsed = rowSchema.safeParse(row);
    if (!parsed.success) invalid(draftId, `requirement ${row.id}`, parsed.error.message);
    const { perspective, level, kravtyp } = parsed.data;
    return {
      id: row.id,
      code: requirementCode(perspective, row.number),
      perspective,
      number: row.number,
      position: row.position,
      text: row.text,
      level,
      kravtyp,
      motiv: row.motiv,
      verifikat: row.verifikat,
      uppfoljning: row.uppfoljning,
      weight: row.weight,
    };
  });
  const order = (requirement: ReviewRequirement) => perspectives.indexOf(requirement.perspective);
  // Stable sort keeps the database's position order within a perspective.
  requirements.sort((a, b) => order(a) - order(b));
  return { answers: answers.data, requirements };
}
