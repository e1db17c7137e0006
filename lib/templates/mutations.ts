import "server-only";
import { db } from "@/lib/db";
import { checkDraftAccess } from "@/lib/drafts/scope";
import { copyDraft, createDraftInSpace } from "@/lib/drafts/mutations";
import type { MutationResult } from "@/lib/errors";
import { acceptSuggestion } from "@/lib/requirements/mutations";
import { kindContexts, startingSet, type TemplateKind } from "@/lib/templates/kinds";

// A new draft of a built-in kind: Start pre-filled, then the starting set
// adopted one suggestion at a time through acceptSuggestion, so each keeps its
// provenance and bör-weights are proposed exactly as when the user accepts.
export async function createDraftFromKind(
  userId: string,
  organizationId: string | null,
  kind: TemplateKind,
  title: string,
): Promise<MutationResult<{ id: string; adopted: number }>> {
  const created = await createDraftInSpace(userId, organizationId, { title, context: kindContexts[kind] });
  if (!created.ok) return created;
  let adopted = 0;
  for (const suggestion of startingSet(kind)) {
    const result = await acceptSuggestion(userId, created.data.id, suggestion);
    if (result.ok) adopted += 1;
  }
  return { ok: true, data: { id: created.data.id, adopted } };
}

// A new procurement from an earlier draft or an organisation template the
// caller may read: Start answers, guided answers and requirements, under the
// new title. It lands where copyDraft puts copies (the source's organisation
// for a redigerare or ägare, otherwise the personal space).
export async function createDraftFromDraft(
  userId: string,
  sourceId: string,
  title: string,
  titlePrefix: string,
): Promise<MutationResult<{ id: string }>> {
  return copyDraft(userId, sourceId, titlePrefix, { title });
}

// Only an organisation's ägare marks its templates (a personal draft is
// nobody else's template): "forbidden" names the role, a draft the caller
// cannot see is not_found.
export async function setDraftTemplate(
  userId: string,
  draftId: string,
  isTemplate: boolean,
): Promise<MutationResult<{ isTemplate: boolean }>> {
  const access = await checkDraftAccess(db, userId, draftId, "manage");
  if (access !== "ok") return { ok: false, reason: access };
  const updated = await db.draft.updateMany({
    where: { id: draftId, deletedAt: null, organizationId: { not: null } },
    data: { isTemplate },
  });
  if (updated.count === 0) return { ok: false, reason: "not_found" };
  return { ok: true, data: { isTemplate } };
}
