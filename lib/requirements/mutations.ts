import "server-only";
import type { MutationResult } from "@/lib/errors";
import { db } from "@/lib/db";
import { checkDraftAccess } from "@/lib/drafts/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Suggestion } from "@/lib/catalog/schema";
import { recordRevision } from "@/lib/drafts/mutations";
import { type RequirementValues } from "@/lib/requirements/schema";
import { requirementCode, type Perspective } from "@/lib/vocabulary";


type Tx = Prisma.TransactionClient;

const counterField = {
  kundnytta: "nextNumberKn",
  juridik: "nextNumberJu",
  arbetsmiljo: "nextNumberAm",
  organisation: "nextNumberOr",
} as const satisfies Record<Perspective, keyof Prisma.DraftUpdateInput>;

// Every write: access first (403 vs 404), then the change, a version bump and
// (throttled, like the Start step) a revision in the same transaction, so
// exports can name the version they show and the history shows requirements.
async function withDraft<T>(
  userId: string,
  draftId: string,
  write: (tx: Tx) => Promise<T | null>,
): Promise<MutationResult<T & { version: number }, "not_found" | "forbidden">> {
  return db.$transaction(async (tx) => {
    const access = await checkDraftAccess(tx, userId, draftId, "edit");
    if (access !== "ok") return { ok: false, reason: access };
    const data = await write(tx);
    if (data === null) return { ok: false, reason: "not_found" };
    const { version } = await tx.draft.update({
      where: { id: draftId },
      data: { version: { increment: 1 } },
      select: { version: true },
    });
    await recordRevision(tx, { draftId, userId, version });
    return { ok: true, data: { ...data, version } };
  });
}

function contentOf(input: RequirementValues) {
  return {
    text: input.text,
    level: input.level,
    kravtyp: input.kravtyp,
    motiv: input.motiv,
    verifikat: input.verifikat,
    uppfoljning: input.uppfoljning,
    // A ska-krav is pass/fail: a weight on it would mean nothing.
    weight: input.level === "bor" ? (input.weight ?? null) : null,
  };
}

// The number comes from the draft's counter, incremented in the same
// transaction: never reused, even after a delete.
async function insert(
  tx: Tx,
  userId: string,
  draftId: string,
  perspective: Perspective,
  input: RequirementValues,
  provenance: { suggestionId?: string; modelIds?: string[] } = {},
): Promise<{ id: string; code: string }> {
  const field = counterField[perspective];
  const counters = await tx.draft.update({
    where: { id: draftId },
    data: { [field]: { increment: 1 } },
    select: { nextNumberKn: true, nextNumberJu: true, nextNumberAm: true, nextNumberOr: true },
  });
  const number = counters[field] - 1;
  const last = await tx.requirement.findFirst({
    where: { draftId, perspective },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  const row = await tx.requirement.create({
    data: {
      draftId,
      perspective,
      number,
      position: (last?.position ?? 0) + 1,
      ...contentOf(input),
      suggestionId: provenance.suggestionId ?? null,
      modelIds: provenance.modelIds ?? [],
      createdById: userId,
    },
    select: { id: true },
  });
  return { id: row.id, code: requirementCode(perspective, number) };
}

const codeOf = (row: { perspective: string; number: number }) => requirementCode(row.perspective as Perspective, row.number);

export async function createRequirement(userId: string, draftId: string, perspective: Perspective, input: RequirementValues) {
  return withDraft(userId, draftId, async (tx) => {
    const { id, code } = await insert(tx, userId, draftId, perspective, input);
    return { id, code };
  });
}

export async function updateRequirement(userId: string, draftId: string, requirementId: string, input: RequirementValues) {
  return withDraft(userId, draftId, async (tx) => {
    const row = await tx.requirement.findFirst({ where: { id: requirementId, draftId } });
    if (!row) return null;
    await tx.requirement.update({ where: { id: row.id }, data: contentOf(input) });
    return { code: codeOf(row) };
  });
}

export async function deleteRequirement(userId: string, draftId: string, requirementId: string) {
  return withDraft(userId, draftId, async (tx) => {
    const row = await tx.requirement.findFirst({ where: { id: requirementId, draftId } });
    if (!row) return null;
    await tx.requirement.delete({ where: { id: row.id } });
    return { code: codeOf(row) };
  });
}

// Swaps positions with the neighbour; at either end it is a no-op that still
// answers with the code so the UI can announce where the item is.
export async function moveRequirement(userId: string, draftId: string, requirementId: string, direction: "up" | "down") {
  return withDraft(userId, draftId, async (tx) => {
    const row = await tx.requirement.findFirst({ where: { id: requirementId, draftId } });
    if (!row) return null;
    const neighbour = await tx.requirement.findFirst({
      where: { draftId, perspective: row.perspective, position: direction === "up" ? { lt: row.position } : { gt: row.position } },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
    });
    if (neighbour) {
      await tx.requirement.update({ where: { id: row.id }, data: { position: neighbour.position } });
      await tx.requirement.update({ where: { id: neighbour.id }, data: { position: row.position } });
    }
    return { code: codeOf(row), moved: neighbour !== null };
  });
}

// Copies a catalog suggestion into the draft, keeping where it came from.
// Accepting the same suggestion twice (a double click) returns the first copy.
export async function acceptSuggestion(userId: string, draftId: string, suggestion: Suggestion) {
  return withDraft(userId, draftId, async (tx) => {
    const existing = await tx.requirement.findFirst({ where: { draftId, suggestionId: suggestion.id } });
    if (existing) return { id: existing.id, code: codeOf(existing) };
    const { id, code } = await insert(
      tx,
      userId,
      draftId,
      suggestion.perspective,
      {
        text: suggestion.text,
        level: suggestion.level,
        kravtyp: suggestion.kravtyp,
        motiv: suggestion.motiv,
        verifikat: suggestion.verifikat,
        uppfoljning: suggestion.uppfoljning,
        weight: suggestion.level === "bor" ? suggestion.weight : undefined,
      },
      { suggestionId: suggestion.id, modelIds: [...suggestion.modelIds] },
    );
    await tx.dismissedSuggestion.deleteMany({ where: { draftId, suggestionId: suggestion.id } });
    return { id, code };
  });
}

export async function dismissSuggestion(userId: string, draftId: string, suggestionId: string) {
  return withDraft(userId, draftId, async (tx) => {
    await tx.dismissedSuggestion.upsert({
      where: { draftId_suggestionId: { draftId, suggestionId } },
      create: { draftId, suggestionId },
      update: {},
    });
    return { suggestionId };
  });
}

export async function restoreSuggestion(userId: string, draftId: string, suggestionId: string) {
  return withDraft(userId, draftId, async (tx) => {
    await tx.dismissedSuggestion.deleteMany({ where: { draftId, suggestionId } });
    return { suggestionId };
  });
}
