import "server-only";
import { z } from "@/lib/zod";
import { db } from "@/lib/db";
import { getSuggestion } from "@/lib/catalog/index";
import { draftWhere } from "@/lib/drafts/scope";
import type { LibraryEntry } from "@/lib/generated/prisma/client";
import type { RankableEntry } from "@/lib/library/rank";
import type { LibraryItem } from "@/lib/library/types";
import { rolesWith } from "@/lib/orgs/roles";
import { type Perspective } from "@/lib/vocabulary";
import { kravtypSchema, levelSchema, perspectiveSchema } from "@/lib/vocabulary-schema";

const tagsSchema = z.array(z.string());

export function toLibraryItem(row: LibraryEntry): LibraryItem {
  return {
    id: row.id,
    title: row.title,
    perspective: perspectiveSchema.parse(row.perspective),
    level: levelSchema.parse(row.level),
    kravtyp: kravtypSchema.parse(row.kravtyp),
    text: row.text,
    motiv: row.motiv,
    verifikat: row.verifikat,
    tags: tagsSchema.catch([]).parse(row.tags),
    sourceDraftTitle: row.sourceDraftTitle,
    sourceCode: row.sourceCode,
  };
}

// The entries of the draft's organisation for one perspective, with the
// conditions they rank by, without those this draft already adopted. A
// personal draft has no organisation and so no library.
export async function listLibraryForDraft(
  userId: string,
  draftId: string,
  perspective: Perspective,
): Promise<RankableEntry[]> {
  const draft = await db.draft.findFirst({
    where: draftWhere(userId, draftId, "read"),
    select: { organizationId: true, requirements: { select: { libraryEntryId: true } } },
  });
  if (!draft?.organizationId) return [];
  const adopted = draft.requirements.flatMap((r) => (r.libraryEntryId ? [r.libraryEntryId] : []));
  const rows = await db.libraryEntry.findMany({
    where: {
      organizationId: draft.organizationId,
      perspective,
      id: { notIn: adopted },
      // Not offered back to the draft it was saved from.
      OR: [{ sourceDraftId: null }, { sourceDraftId: { not: draftId } }],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => {
    // The catalog's current conditions: a revised suggestion ranks as revised.
    const source = row.suggestionId ? getSuggestion(row.suggestionId) : undefined;
    return { ...toLibraryItem(row), conditions: source?.conditions ?? {}, topic: source?.topic ?? null };
  });
}

// The library page: every entry of an organisation the caller is a member
// of (null otherwise), and whether the caller curates it (ägare).
export async function getOrgLibrary(
  userId: string,
  organizationId: string,
): Promise<{ name: string; canManage: boolean; entries: LibraryItem[] } | null> {
  const org = await db.organization.findFirst({
    where: { id: organizationId, members: { some: { userId } } },
    select: { name: true, members: { where: { userId }, select: { role: true } } },
  });
  if (!org) return null;
  const rows = await db.libraryEntry.findMany({
    where: { organizationId },
    orderBy: [{ perspective: "asc" }, { title: "asc" }, { id: "asc" }],
  });
  const canManage = org.members.some((m) => (rolesWith("manage") as string[]).includes(m.role));
  return { name: org.name, canManage, entries: rows.map(toLibraryItem) };
}
