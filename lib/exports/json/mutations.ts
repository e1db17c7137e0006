import "server-only";
import { db } from "@/lib/db";
import { recordRevision } from "@/lib/drafts/mutations";
import { memberPolicySelect, orgPolicyMiss } from "@/lib/drafts/scope";
import { AppError, type MutationResult } from "@/lib/errors";
import type { KravlotsFile } from "@/lib/exports/json/schema";
import { roleAllows } from "@/lib/orgs/roles";
import type { Perspective } from "@/lib/vocabulary";

// A new draft from a parsed Kravlots file (lib/exports/json/parse.ts), in the
// personal space (null) or an organisation where the caller may edit. One
// transaction: a file that fails halfway leaves nothing behind.
export async function importDraft(
  userId: string,
  organizationId: string | null,
  file: KravlotsFile,
): Promise<MutationResult<{ id: string }>> {
  return db.$transaction(async (tx) => {
    if (organizationId !== null) {
      const member = await tx.member.findFirst({
        where: { userId, organizationId },
        select: { role: true, ...memberPolicySelect },
      });
      if (!member) return { ok: false, reason: "not_found" };
      if (!roleAllows(member.role, "edit")) return { ok: false, reason: "forbidden" };
      const policyMiss = orgPolicyMiss(member);
      if (policyMiss) throw new AppError(policyMiss);
    }
    const { draft, requirements } = file;
    // A counter below a used number would hand out an ID twice.
    const next = (perspective: Perspective) =>
      Math.max(
        draft.nextNumbers[perspective],
        ...requirements.filter((r) => r.perspective === perspective).map((r) => r.number + 1),
      );
    const created = await tx.draft.create({
      data: {
        createdById: userId,
        organizationId,
        title: draft.title,
        status: draft.status,
        context: draft.context,
        answers: draft.answers,
        completedSteps: draft.completedSteps,
        nextNumberKn: next("kundnytta"),
        nextNumberJu: next("juridik"),
        nextNumberAm: next("arbetsmiljo"),
        nextNumberOr: next("organisation"),
      },
      select: { id: true, version: true },
    });
    await tx.requirement.createMany({
      data: requirements.map((r) => ({
        perspective: r.perspective,
        number: r.number,
        position: r.position,
        level: r.level,
        kravtyp: r.kravtyp,
        text: r.text,
        motiv: r.motiv,
        verifikat: r.verifikat,
        uppfoljning: r.uppfoljning,
        weight: r.level === "bor" ? r.weight : null,
        suggestionId: r.suggestionId,
        modelIds: r.modelIds,
        adoptedSuggestion: r.adoptedSuggestion ?? undefined,
        draftId: created.id,
        createdById: userId,
      })),
    });
    await recordRevision(tx, { draftId: created.id, userId, version: created.version, reason: "import" });
    return { ok: true, data: { id: created.id } };
  });
}
