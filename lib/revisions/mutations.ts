import "server-only";
import type { MutationResult } from "@/lib/errors";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordRevision } from "@/lib/drafts/mutations";
import { checkDraftAccess, draftWhere } from "@/lib/drafts/scope";
import { revisionSnapshotSchema, type RevisionSnapshot } from "@/lib/drafts/snapshot";

const numberColumn = {
  kundnytta: "nextNumberKn",
  juridik: "nextNumberJu",
  arbetsmiljo: "nextNumberAm",
  organisation: "nextNumberOr",
} as const;

// Requirement numbers are never handed out twice: after a restore each
// counter is the larger of its current value and one past the highest
// number in the snapshot.
function counters(
  current: Record<(typeof numberColumn)[keyof typeof numberColumn], number>,
  snapshot: RevisionSnapshot,
) {
  const next = { ...current };
  for (const row of snapshot.requirements) {
    const column = numberColumn[row.perspective as keyof typeof numberColumn];
    if (column) next[column] = Math.max(next[column], row.number + 1);
  }
  return next;
}

// A snapshot may name an author whose account was deleted since; the restored
// requirement keeps its text and loses only the link to that account.
async function existingUserIds(tx: Prisma.TransactionClient, ids: (string | null)[]): Promise<Set<string | null>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const rows = await tx.user.findMany({ where: { id: { in: wanted } }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

// Restore writes the snapshot back as a new version. The state it replaces is
// kept first (as a "before_restore" revision unless the latest revision
// already holds that version), so a restore can itself be undone.
export async function restoreRevision(
  userId: string,
  draftId: string,
  revisionId: string,
): Promise<MutationResult<{ version: number }, "not_found" | "forbidden">> {
  return db.$transaction(async (tx) => {
    const access = await checkDraftAccess(tx, userId, draftId, "edit");
    if (access !== "ok") return { ok: false, reason: access };
    const draft = await tx.draft.findFirst({
      where: draftWhere(userId, draftId, "edit"),
      select: { version: true, nextNumberKn: true, nextNumberJu: true, nextNumberAm: true, nextNumberOr: true },
    });
    const revision = draft && (await tx.draftRevision.findFirst({ where: { id: revisionId, draftId } }));
    if (!draft || !revision) return { ok: false, reason: "not_found" };
    const latest = await tx.draftRevision.findFirst({
      where: { draftId },
      orderBy: [{ createdAt: "desc" }, { version: "desc" }],
      select: { version: true },
    });
    if (latest?.version !== draft.version) {
      await recordRevision(tx, { draftId, userId, version: draft.version, reason: "before_restore" });
    }
    const snapshot = revisionSnapshotSchema.parse(revision.snapshot);
    const { version: current, ...numbers } = draft;
    await tx.requirement.deleteMany({ where: { draftId } });
    const authors = await existingUserIds(
      tx,
      snapshot.requirements.map((row) => row.createdById),
    );
    await tx.requirement.createMany({
      data: snapshot.requirements.map((row) => ({
        ...row,
        createdById: authors.has(row.createdById) ? row.createdById : null,
        draftId,
      })),
    });
    const updated = await tx.draft.update({
      where: { id: draftId },
      data: {
        title: snapshot.title,
        context: snapshot.context,
        answers: snapshot.answers,
        ...counters(numbers, snapshot),
        version: current + 1,
      },
      select: { version: true },
    });
    await recordRevision(tx, { draftId, userId, version: updated.version, reason: "restore" });
    return { ok: true, data: { version: updated.version } };
  });
}
