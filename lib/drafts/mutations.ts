import "server-only";
import { db } from "@/lib/db";
import { draftWhere } from "@/lib/drafts/scope";
import { draftContextSchema, type StartStep } from "@/lib/drafts/schema";

export type MutationResult<T> = { ok: true; data: T } | { ok: false; reason: "not_found" | "conflict" };

export async function createDraft(userId: string): Promise<{ id: string }> {
  const draft = await db.draft.create({
    data: { createdById: userId, title: "", context: draftContextSchema.parse({}) },
    select: { id: true },
  });
  return draft;
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
      where: { ...draftWhere(userId, draftId), version: baseVersion },
      data: { title, context, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const exists = await tx.draft.count({ where: draftWhere(userId, draftId) });
      return { ok: false, reason: exists ? "conflict" : "not_found" };
    }
    const draft = await tx.draft.findFirstOrThrow({
      where: draftWhere(userId, draftId),
      select: { version: true, updatedAt: true },
    });
    return { ok: true, data: draft };
  });
}
