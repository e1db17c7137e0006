import "server-only";
import { z } from "@/lib/zod";
import { db } from "@/lib/db";
import { draftWhere, visibleDraftsWhere } from "@/lib/drafts/scope";
import { sourceUpdateFor } from "@/lib/catalog/revision";
import { AppError } from "@/lib/errors";
import type { LibraryEntry, Requirement } from "@/lib/generated/prisma/client";
import { libraryUpdateFor } from "@/lib/drafts/library-revision";
import { requirementCode, type Perspective } from "@/lib/vocabulary";
import { kravtypSchema, levelSchema, perspectiveSchema } from "@/lib/vocabulary-schema";
import type { RequirementRow } from "@/lib/requirements/types";

const modelIdsSchema = z.array(z.string());

// Stored strings are parsed like every other stored JSON: a row outside the
// vocabulary is a bug to surface.
// `entries`: the library entries the rows were adopted from (by id), for the
// library change alert; without them only the catalog is compared.
export function toRequirementRow(row: Requirement): RequirementRow {
  return requirementRowOf(row);
}

function requirementRowOf(row: Requirement, entries?: Map<string, LibraryEntry>): RequirementRow {
  const perspective = perspectiveSchema.safeParse(row.perspective);
  const level = levelSchema.safeParse(row.level);
  const kravtyp = kravtypSchema.safeParse(row.kravtyp);
  const modelIds = modelIdsSchema.safeParse(row.modelIds);
  if (!perspective.success || !level.success || !kravtyp.success || !modelIds.success) {
    throw new AppError("INTERNAL", { cause: new Error(`requirement ${row.id} does not match its vocabulary`) });
  }
  return {
    id: row.id,
    perspective: perspective.data,
    number: row.number,
    code: requirementCode(perspective.data, row.number),
    position: row.position,
    text: row.text,
    level: level.data,
    kravtyp: kravtyp.data,
    motiv: row.motiv,
    verifikat: row.verifikat,
    uppfoljning: row.uppfoljning,
    weight: level.data === "bor" ? row.weight : null,
    suggestionId: row.suggestionId,
    modelIds: modelIds.data,
    sourceUpdate:
      libraryUpdateFor(row.libraryEntryId, row.adoptedLibrary, entries?.get(row.libraryEntryId ?? "")) ??
      sourceUpdateFor(row.suggestionId, row.adoptedSuggestion),
  };
}

const perspectiveOrder = perspectiveSchema.options;

async function libraryEntriesOf(rows: { libraryEntryId: string | null }[]): Promise<Map<string, LibraryEntry>> {
  const ids = [...new Set(rows.flatMap((row) => (row.libraryEntryId ? [row.libraryEntryId] : [])))];
  if (ids.length === 0) return new Map();
  const entries = await db.libraryEntry.findMany({ where: { id: { in: ids } } });
  return new Map(entries.map((entry) => [entry.id, entry]));
}

// Ordered by perspective (in wizard order), then by the user's own order.
export async function listRequirements(
  userId: string,
  draftId: string,
  perspective?: Perspective,
): Promise<RequirementRow[]> {
  const rows = await db.requirement.findMany({
    where: { draft: draftWhere(userId, draftId, "read"), ...(perspective ? { perspective } : {}) },
    orderBy: [{ position: "asc" }, { number: "asc" }],
  });
  const entries = await libraryEntriesOf(rows);
  return rows
    .map((row) => requirementRowOf(row, entries))
    .sort((a, b) => perspectiveOrder.indexOf(a.perspective) - perspectiveOrder.indexOf(b.perspective));
}

export async function listDismissedSuggestionIds(userId: string, draftId: string): Promise<string[]> {
  const rows = await db.dismissedSuggestion.findMany({
    where: { draft: draftWhere(userId, draftId, "read") },
    orderBy: { createdAt: "asc" },
    select: { suggestionId: true },
  });
  return rows.map((row) => row.suggestionId);
}

// Requirements of one draft whose catalog source has been revised (Granska).
export async function listSourceUpdates(userId: string, draftId: string): Promise<RequirementRow[]> {
  return (await listRequirements(userId, draftId)).filter((row) => row.sourceUpdate !== null);
}

// Per visible draft, how many of its requirements have a revised source
// (the dashboard). Only adopted requirements are read, and only their ids.
export async function countSourceUpdates(userId: string): Promise<Record<string, number>> {
  const rows = await db.requirement.findMany({
    where: {
      draft: visibleDraftsWhere(userId),
      OR: [{ suggestionId: { not: null } }, { libraryEntryId: { not: null } }],
    },
    select: {
      draftId: true,
      suggestionId: true,
      adoptedSuggestion: true,
      libraryEntryId: true,
      adoptedLibrary: true,
    },
  });
  const entries = await libraryEntriesOf(rows);
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const update =
      libraryUpdateFor(row.libraryEntryId, row.adoptedLibrary, entries.get(row.libraryEntryId ?? "")) ??
      sourceUpdateFor(row.suggestionId, row.adoptedSuggestion);
    if (update) counts[row.draftId] = (counts[row.draftId] ?? 0) + 1;
  }
  return counts;
}
