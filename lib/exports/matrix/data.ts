import "server-only";
import { db } from "@/lib/db";
import { checkDraftAccess } from "@/lib/drafts/scope";
import type { MutationResult } from "@/lib/errors";
import type { CurrentRequirement } from "@/lib/exports/matrix/plan";

// The draft's requirements as the kravmatris import compares them, with the
// version the preview was computed from (applying checks it is unchanged).
export async function getMatrixRequirements(
  userId: string,
  draftId: string,
): Promise<MutationResult<{ version: number; requirements: CurrentRequirement[] }>> {
  const access = await checkDraftAccess(db, userId, draftId, "edit");
  if (access !== "ok") return { ok: false, reason: access };
  const draft = await db.draft.findUniqueOrThrow({
    where: { id: draftId },
    select: { version: true, requirements: { select: requirementSelect } },
  });
  return { ok: true, data: draft };
}

export const requirementSelect = {
  id: true,
  perspective: true,
  number: true,
  level: true,
  kravtyp: true,
  text: true,
  verifikat: true,
  weight: true,
} as const;
