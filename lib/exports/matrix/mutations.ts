import "server-only";
import { db } from "@/lib/db";
import { recordRevision } from "@/lib/drafts/mutations";
import { checkDraftAccess } from "@/lib/drafts/scope";
import type { MutationResult } from "@/lib/errors";
import { requirementSelect } from "@/lib/exports/matrix/data";
import type { MatrixRow } from "@/lib/exports/matrix/parse";
import { planMatrixImport } from "@/lib/exports/matrix/plan";
import type { Perspective } from "@/lib/vocabulary";

const counterField = {
  kundnytta: "nextNumberKn",
  juridik: "nextNumberJu",
  arbetsmiljo: "nextNumberAm",
  organisation: "nextNumberOr",
} as const satisfies Record<Perspective, string>;

// Applies an edited kravmatris in one transaction, against the version the
// procurer previewed: if anyone saved the draft since, the plan they saw is
// stale and nothing is written (conflict).
export async function applyMatrixImport(
  userId: string,
  draftId: string,
  baseVersion: number,
  rows: MatrixRow[],
): Promise<MutationResult<{ version: number; updated: number; added: number }>> {
  return db.$transaction(async (tx) => {
    const access = await checkDraftAccess(tx, userId, draftId, "edit");
    if (access !== "ok") return { ok: false, reason: access };
    const bumped = await tx.draft.updateMany({
      where: { id: draftId, version: baseVersion },
      data: { version: { increment: 1 } },
    });
    if (bumped.count === 0) return { ok: false, reason: "conflict" };
    const current = await tx.requirement.findMany({ where: { draftId }, select: requirementSelect });
    const plan = planMatrixImport(current, rows);
    for (const update of plan.updates) await tx.requirement.update({ where: { id: update.id }, data: update.data });
    for (const a of plan.additions) {
      const field = counterField[a.perspective];
      const counters = await tx.draft.update({
        where: { id: draftId },
        data: { [field]: { increment: 1 } },
        select: { nextNumberKn: true, nextNumberJu: true, nextNumberAm: true, nextNumberOr: true },
      });
      const last = await tx.requirement.findFirst({
        where: { draftId, perspective: a.perspective },
        orderBy: { position: "desc" },
        select: { position: true },
      });
      await tx.requirement.create({
        data: {
          draftId,
          perspective: a.perspective,
          number: counters[field] - 1,
          position: (last?.position ?? 0) + 1,
          level: a.level,
          kravtyp: a.kravtyp,
          text: a.text,
          verifikat: a.verifikat,
          weight: a.weight,
          createdById: userId,
        },
      });
    }
    const version = baseVersion + 1;
    await recordRevision(tx, { draftId, userId, version, reason: "import" });
    return { ok: true, data: { version, updated: plan.updates.length, added: plan.additions.length } };
  });
}
