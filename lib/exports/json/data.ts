import "server-only";
import { db } from "@/lib/db";
import { draftWhere } from "@/lib/drafts/scope";
import type { DraftRow } from "@/lib/exports/json/build";

// The draft's whole content for the Kravlots file, with its version so the
// export can be labelled (and refused if the draft moved on meanwhile).
// Read scope: createPendingExport tells a läsare which role exporting needs.
export async function getDraftForJson(
  userId: string,
  draftId: string,
): Promise<(DraftRow & { version: number }) | null> {
  return db.draft.findFirst({
    where: draftWhere(userId, draftId, "read"),
    select: {
      version: true,
      title: true,
      status: true,
      context: true,
      answers: true,
      completedSteps: true,
      nextNumberKn: true,
      nextNumberJu: true,
      nextNumberAm: true,
      nextNumberOr: true,
      requirements: {
        select: {
          perspective: true,
          number: true,
          position: true,
          level: true,
          kravtyp: true,
          text: true,
          motiv: true,
          verifikat: true,
          uppfoljning: true,
          weight: true,
          suggestionId: true,
          modelIds: true,
          adoptedSuggestion: true,
        },
      },
    },
  });
}
