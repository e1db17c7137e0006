import "server-only";
import { z } from "@/lib/zod";
import { db } from "@/lib/db";
import { draftWhere, visibleDraftsWhere } from "@/lib/drafts/scope";
import { sourceUpdateFor } from "@/lib/catalog/revision";
import { AppError } from "@/lib/errors";
import type { Requirement } from "@/lib/generated/prisma/client";
import { kravtypSchema, levelSchema, perspectiveSchema, requirementCode, type Perspective } from "@/lib/vocabulary";
import type { RequirementRow } from "@/lib/requirements/types";

const modelIdsSchema = z.array(z.string());

// Stored strings are parsed like every other stored JSON: a row outside the
// vocabulary is a bug to surface.
export function toRequirementRow(row: Requirement): RequirementRow {
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
    sourceUpdate: sourceUpdateFor(row.suggestionId, row.adoptedSuggestion),
  };
}

const perspectiveOrder = perspectiveSchema.options;

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
  return rows
    .map(toRequirementRow)
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
    where: { draft: visibleDraftsWhere(userId), suggestionId: { not: null } },
    select: { draftId: true, suggestionId: true, adoptedSuggestion: true },
  });
  const counts: Record<string, number> = {};
  for (const row of rows) {
    if (sourceUpdateFor(row.suggestionId, row.adoptedSuggestion)) counts[row.draftId] = (counts[row.draftId] ?? 0) + 1;
  }
  return counts;
}
