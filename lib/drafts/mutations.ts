import "server-only";
import { db } from "@/lib/db";
import { checkDraftAccess, draftWhere } from "@/lib/drafts/scope";
import { draftContextSchema, type StartStep } from "@/lib/drafts/schema";
import { AppError } from "@/lib/errors";
import { roleAllows } from "@/lib/orgs/roles";

export type MutationResult<T> = { ok: true; data: T } | { ok: false; reason: "not_found" | "conflict" | "forbidden" };

// Creates a draft in the caller's personal space (organizationId null) or in
// an organisation where the caller may edit (redigerare or ägare).
export async function createDraft(userId: string, organizationId: string | null = null): Promise<{ id: string }> {
  const result = await createDraftInSpace(userId, organizationId);
  if (!result.ok) throw new AppError(result.reason === "forbidden" ? "FORBIDDEN_EDITOR" : "NOT_FOUND");
  return result.data;
}

export async function createDraftInSpace(
  userId: string,
  organizationId: string | null,
): Promise<{ ok: true; data: { id: string } } | { ok: false; reason: "not_found" | "forbidden" }> {
  if (organizationId !== null) {
    const member = await db.member.findFirst({ where: { userId, organizationId }, select: { role: true } });
    if (!member) return { ok: false, reason: "not_found" };
    if (!roleAllows(member.role, "edit")) return { ok: false, reason: "forbidden" };
  }
  const draft = await db.draft.create({
    data: { createdById: userId, organizationId, title: "", context: draftContextSchema.parse({}) },
    select: { id: true },
  });
  return { ok: true, data: draft };
}

// Optimistic concurrency: the update only matches the version the user's form
// was based on. A miss is either someone else's newer save (conflict) or a
// draft this user cannot see (not_found) — never a silent overwrite.
export async function saveStartStep(
  userId: string,
  draftId: string,
  baseVersion: number,
  input: StartStep,
): Promise<MutationResult<{ version: number; updatedAt: Date }>> {
  const { title, ...rest } = input;
  const context = draftContextSchema.parse(rest);
  return db.$transaction(async (tx) => {
    const updated = await tx.draft.updateMany({
      where: { ...draftWhere(userId, draftId, "edit"), version: baseVersion },
      data: { title, context, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const access = await checkDraftAccess(tx, userId, draftId, "edit");
      return { ok: false, reason: access === "ok" ? "conflict" : access };
    }
    const draft = await tx.draft.findFirstOrThrow({
      where: draftWhere(userId, draftId),
      select: { version: true, updatedAt: true },
    });
    return { ok: true, data: draft };
  });
}
