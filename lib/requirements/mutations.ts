import "server-only";
import type { MutationResult } from "@/lib/errors";
import { db } from "@/lib/db";
import { checkDraftAccess } from "@/lib/drafts/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getSuggestion } from "@/lib/catalog/index";
import type { Suggestion } from "@/lib/catalog/schema";
import { adoptedFrom, sourceUpdateFor, type AdoptedSuggestion } from "@/lib/catalog/revision";
import { currentSuggestion } from "@/lib/catalog/current";
import { libraryUpdateFor } from "@/lib/drafts/library-revision";
import type { RevisionReason } from "@/lib/drafts/snapshot";
import { assertRequirementCap } from "@/lib/limits/data";
import { recordRevision } from "@/lib/drafts/mutations";
import { type RequirementValues } from "@/lib/requirements/schema";
import { distributeWeights, weightsAfterAccept } from "@/lib/requirements/weights";
import { perspectives, requirementCode, type Perspective } from "@/lib/vocabulary";

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
  reason: RevisionReason = "save",
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
    await recordRevision(tx, { draftId, userId, version, reason });
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

export type Provenance = {
  suggestionId?: string;
  modelIds?: string[];
  adoptedSuggestion?: AdoptedSuggestion;
  libraryEntryId?: string;
  adoptedLibrary?: AdoptedSuggestion;
};

// The number comes from the draft's counter, incremented in the same
// transaction: never reused, even after a delete.
async function insert(
  tx: Tx,
  userId: string,
  draftId: string,
  perspective: Perspective,
  input: RequirementValues,
  provenance: Provenance = {},
): Promise<{ id: string; code: string }> {
  await assertRequirementCap(tx, draftId);
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
      adoptedSuggestion: provenance.adoptedSuggestion,
      libraryEntryId: provenance.libraryEntryId ?? null,
      adoptedLibrary: provenance.adoptedLibrary,
      createdById: userId,
    },
    select: { id: true },
  });
  return { id: row.id, code: requirementCode(perspective, number) };
}

const codeOf = (row: { perspective: string; number: number }) =>
  requirementCode(row.perspective as Perspective, row.number);

export async function createRequirement(
  userId: string,
  draftId: string,
  perspective: Perspective,
  input: RequirementValues,
  provenance: Provenance = {},
) {
  return withDraft(userId, draftId, async (tx) => {
    const { id, code } = await insert(tx, userId, draftId, perspective, input, provenance);
    return { id, code };
  });
}

export async function updateRequirement(
  userId: string,
  draftId: string,
  requirementId: string,
  input: RequirementValues,
) {
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
export async function moveRequirement(
  userId: string,
  draftId: string,
  requirementId: string,
  direction: "up" | "down",
) {
  return withDraft(userId, draftId, async (tx) => {
    const row = await tx.requirement.findFirst({ where: { id: requirementId, draftId } });
    if (!row) return null;
    const neighbour = await tx.requirement.findFirst({
      where: {
        draftId,
        perspective: row.perspective,
        position: direction === "up" ? { lt: row.position } : { gt: row.position },
      },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
    });
    if (neighbour) {
      await tx.requirement.update({ where: { id: row.id }, data: { position: neighbour.position } });
      await tx.requirement.update({ where: { id: neighbour.id }, data: { position: row.position } });
    }
    return { code: codeOf(row), moved: neighbour !== null };
  });
}

// The draft's bör-krav in document order (perspective, then position), so
// rounding ties always fall the same way.
async function borRows(tx: Tx, draftId: string) {
  const rows = await tx.requirement.findMany({
    where: { draftId, level: "bor" },
    select: { id: true, weight: true, suggestionId: true, perspective: true, position: true },
  });
  const order = (row: { perspective: string }) => perspectives.indexOf(row.perspective as Perspective);
  return rows.sort((a, b) => order(a) - order(b) || a.position - b.position);
}

// A bör suggestion's catalog weight is relative: accepting it rescales the
// draft's weighted bör-krav so the set keeps summing to 100 % (recorded in
// the same revision as the accept).
async function proposeWeight(
  tx: Tx,
  draftId: string,
  suggestion: Suggestion,
  catalogWeightOf: (id: string) => number | undefined,
) {
  const rows = await borRows(tx, draftId);
  const proposal = weightsAfterAccept(
    rows.map((row) => ({
      id: row.id,
      weight: row.weight,
      catalogWeight: row.suggestionId ? catalogWeightOf(row.suggestionId) : undefined,
    })),
    suggestion.weight ?? 1,
  );
  for (const row of rows) {
    const weight = proposal.rows.get(row.id);
    if (weight !== undefined && weight !== row.weight)
      await tx.requirement.update({ where: { id: row.id }, data: { weight } });
  }
  return proposal.added;
}

// Copies a catalog suggestion into the draft, keeping where it came from.
// Accepting the same suggestion twice (a double click) returns the first copy.
export async function acceptSuggestion(
  userId: string,
  draftId: string,
  suggestion: Suggestion,
  catalogWeightOf: (id: string) => number | undefined = (id) => getSuggestion(id)?.weight,
) {
  return withDraft(userId, draftId, async (tx) => {
    const existing = await tx.requirement.findFirst({ where: { draftId, suggestionId: suggestion.id } });
    if (existing) return { id: existing.id, code: codeOf(existing) };
    const weight =
      suggestion.level === "bor" ? await proposeWeight(tx, draftId, suggestion, catalogWeightOf) : undefined;
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
        weight,
      },
      { suggestionId: suggestion.id, modelIds: [...suggestion.modelIds], adoptedSuggestion: adoptedFrom(suggestion) },
    );
    await tx.dismissedSuggestion.deleteMany({ where: { draftId, suggestionId: suggestion.id } });
    return { id, code };
  });
}

// "Fördela vikterna": scales every weighted or unweighted bör-krav to shares
// that sum to exactly 100 %, keeping the procurer's ratios.
export async function distributeBorWeights(userId: string, draftId: string) {
  return withDraft(userId, draftId, async (tx) => {
    const rows = await borRows(tx, draftId);
    const shares = distributeWeights(rows.map((row) => row.weight));
    let changed = 0;
    for (const [index, row] of rows.entries()) {
      if (shares[index] === row.weight) continue;
      await tx.requirement.update({ where: { id: row.id }, data: { weight: shares[index] } });
      changed += 1;
    }
    return { count: rows.length, changed };
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

// "Källan har reviderats": take the source's new wording ("use") or keep
// one's own ("keep"). Either way the requirement then records the current
// revision, so the alert goes, and the history names the choice. The source
// is the organisation library entry it was adopted from, else the catalog.
export async function resolveSourceUpdate(
  userId: string,
  draftId: string,
  requirementId: string,
  choice: "use" | "keep",
) {
  const reason: RevisionReason = choice === "use" ? "source_update" : "source_kept";
  return withDraft(
    userId,
    draftId,
    async (tx) => {
      const row = await tx.requirement.findFirst({ where: { id: requirementId, draftId } });
      const entry = row?.libraryEntryId
        ? await tx.libraryEntry.findUnique({ where: { id: row.libraryEntryId } })
        : null;
      const fromLibrary = row && libraryUpdateFor(row.libraryEntryId, row.adoptedLibrary, entry ?? undefined);
      if (row && fromLibrary) {
        const { current } = fromLibrary;
        const weight = current.level === "bor" ? row.weight : null;
        const { text, motiv, verifikat, uppfoljning, level, kravtyp } = current;
        const texts = { text, motiv, verifikat, uppfoljning, level, kravtyp, weight };
        await tx.requirement.update({
          where: { id: row.id },
          data: { ...(choice === "use" ? texts : {}), adoptedLibrary: current },
        });
        return { code: codeOf(row) };
      }
      const suggestion = row?.suggestionId ? currentSuggestion(row.suggestionId) : undefined;
      if (!row || !suggestion || !sourceUpdateFor(row.suggestionId, row.adoptedSuggestion)) return null;
      const wording = {
        text: suggestion.text,
        motiv: suggestion.motiv,
        verifikat: suggestion.verifikat,
        uppfoljning: suggestion.uppfoljning,
        level: suggestion.level,
        kravtyp: suggestion.kravtyp,
        weight: suggestion.level === "bor" ? (row.weight ?? suggestion.weight ?? null) : null,
      };
      await tx.requirement.update({
        where: { id: row.id },
        data: { ...(choice === "use" ? wording : {}), adoptedSuggestion: adoptedFrom(suggestion) },
      });
      return { code: codeOf(row) };
    },
    reason,
  );
}
