import "server-only";
import { db } from "@/lib/db";
import { checkDraftAccess, draftWhere } from "@/lib/drafts/scope";
import { AppError, type MutationResult } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { libraryEntryEditSchema, saveToLibrarySchema } from "@/lib/library/schema";
import { adoptedFromEntry } from "@/lib/drafts/library-revision";
import { rolesWith } from "@/lib/orgs/roles";
import { createRequirement } from "@/lib/requirements/mutations";
import { requirementCode, type Perspective } from "@/lib/vocabulary";
import type { z } from "zod";

// An organisation's library is bounded like its drafts: one account cannot
// fill the disk through it.
export const libraryCap = 2000;

type SaveValues = z.output<typeof saveToLibrarySchema>;
type EditValues = z.output<typeof libraryEntryEditSchema>;

// "Spara i biblioteket": a copy of the requirement as it is now, with where
// it came from. Needs redigerare on a draft that belongs to an organisation.
export async function saveToLibrary(
  userId: string,
  draftId: string,
  input: SaveValues,
): Promise<MutationResult<{ id: string }, "not_found" | "forbidden">> {
  return db.$transaction(async (tx) => {
    const access = await checkDraftAccess(tx, userId, draftId, "edit");
    if (access !== "ok") return { ok: false, reason: access };
    const draft = await tx.draft.findUniqueOrThrow({
      where: { id: draftId },
      select: { organizationId: true, title: true },
    });
    const row = await tx.requirement.findFirst({ where: { id: input.requirementId, draftId } });
    if (!draft.organizationId || !row) return { ok: false, reason: "not_found" };
    if ((await tx.libraryEntry.count({ where: { organizationId: draft.organizationId } })) >= libraryCap)
      throw new AppError("TOO_MANY_REQUIREMENTS");
    const entry = await tx.libraryEntry.create({
      data: {
        organizationId: draft.organizationId,
        title: input.title,
        tags: input.tags,
        perspective: row.perspective,
        level: row.level,
        kravtyp: row.kravtyp,
        text: row.text,
        motiv: row.motiv,
        verifikat: row.verifikat,
        uppfoljning: row.uppfoljning,
        sourceDraftId: draftId,
        sourceDraftTitle: draft.title,
        sourceCode: requirementCode(row.perspective as Perspective, row.number),
        suggestionId: row.suggestionId,
        modelIds: row.modelIds ?? [],
        adoptedSuggestion: row.adoptedSuggestion ?? undefined,
        createdById: userId,
      },
      select: { id: true },
    });
    return { ok: true, data: entry };
  });
}

// An entry the caller may see (a member of its organisation), and whether
// the caller may curate it (ägare).
function entryWhere(userId: string, entryId: string, manage: boolean): Prisma.LibraryEntryWhereInput {
  const role = manage ? { role: { in: rolesWith("manage") } } : {};
  return { id: entryId, organization: { members: { some: { userId, ...role } } } };
}

async function curate(
  userId: string,
  entryId: string,
  write: (tx: Prisma.TransactionClient) => Promise<unknown>,
): Promise<MutationResult<undefined, "not_found" | "forbidden">> {
  return db.$transaction(async (tx) => {
    if (!(await tx.libraryEntry.count({ where: entryWhere(userId, entryId, true) }))) {
      const seen = await tx.libraryEntry.count({ where: entryWhere(userId, entryId, false) });
      return { ok: false, reason: seen ? "forbidden" : "not_found" };
    }
    await write(tx);
    return { ok: true, data: undefined };
  });
}

export async function updateLibraryEntry(userId: string, entryId: string, input: EditValues) {
  return curate(userId, entryId, (tx) => tx.libraryEntry.update({ where: { id: entryId }, data: input }));
}

export async function removeLibraryEntry(userId: string, entryId: string) {
  return curate(userId, entryId, (tx) => tx.libraryEntry.delete({ where: { id: entryId } }));
}

// "Lägg till" on a library suggestion: a new requirement with the entry's
// texts and its provenance (the catalog suggestion behind it, its models and
// the entry itself). Only an entry of the draft's own organisation.
export async function adoptLibraryEntry(userId: string, draftId: string, entryId: string) {
  const draft = await db.draft.findFirst({
    where: draftWhere(userId, draftId, "read"),
    select: { organizationId: true },
  });
  const entry = draft?.organizationId
    ? await db.libraryEntry.findFirst({ where: { id: entryId, organizationId: draft.organizationId } })
    : null;
  if (!draft) return { ok: false as const, reason: "not_found" as const };
  if (!entry) {
    // Tell a läsare "you may not" before "no such entry", like every other write.
    const access = await checkDraftAccess(db, userId, draftId, "edit");
    return { ok: false as const, reason: access === "forbidden" ? ("forbidden" as const) : ("not_found" as const) };
  }
  const values = {
    text: entry.text,
    level: entry.level as "ska" | "bor",
    kravtyp: entry.kravtyp as "KF",
    motiv: entry.motiv,
    verifikat: entry.verifikat,
    uppfoljning: entry.uppfoljning,
    weight: undefined,
  };
  return createRequirement(userId, draftId, entry.perspective as Perspective, values, {
    suggestionId: entry.suggestionId ?? undefined,
    modelIds: Array.isArray(entry.modelIds) ? (entry.modelIds as string[]) : [],
    adoptedSuggestion: (entry.adoptedSuggestion ?? undefined) as never,
    libraryEntryId: entry.id,
    adoptedLibrary: adoptedFromEntry(entry),
  });
}
