import "server-only";
import { db } from "@/lib/db";
import { checkDraftAccess, draftWhere } from "@/lib/drafts/scope";
import { draftContextSchema, type StartStepDraft } from "@/lib/drafts/schema";
import { AppError } from "@/lib/errors";
import { roleAllows } from "@/lib/orgs/roles";
import { recordRevision, revisionDue } from "@/lib/revisions/mutations";

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
// Most autosaves are one UPDATE statement, atomic on its own. Only when a
// revision is due (lib/revisions/mutations.ts) does the save run as an
// interactive transaction: under load, such a transaction holds the single
// SQLite connection across several event-loop turns and everyone else waits.
export async function saveStartStep(
  userId: string,
  draftId: string,
  baseVersion: number,
  input: StartStepDraft,
): Promise<MutationResult<{ version: number; updatedAt: Date }>> {
  const { title, ...rest } = input;
  const context = draftContextSchema.parse(rest);
  const updatedAt = new Date();
  const data = { title, context, updatedAt, version: { increment: 1 } };
  const where = { ...draftWhere(userId, draftId, "edit"), version: baseVersion };
  // A miss is a newer version (conflict), a role that may only read (403) or
  // a draft the caller cannot see at all (404).
  const miss = async (client: Pick<typeof db, "draft">) => {
    const access = await checkDraftAccess(client, userId, draftId, "edit");
    return { ok: false, reason: access === "ok" ? "conflict" : access } as const;
  };

  if (!(await revisionDue(db, draftId, userId, updatedAt))) {
    const updated = await db.draft.updateMany({ where, data });
    if (updated.count === 0) return miss(db);
    return { ok: true, data: { version: baseVersion + 1, updatedAt } };
  }
  return db.$transaction(async (tx) => {
    const updated = await tx.draft.updateMany({ where, data });
    if (updated.count === 0) return miss(tx);
    await recordRevision(tx, { draftId, userId, version: baseVersion + 1, now: updatedAt });
    return { ok: true, data: { version: baseVersion + 1, updatedAt } };
  });
}

// A new draft from an earlier one, as the template for a new procurement:
// content and requirement rows (same numbers, same counters) are copied,
// version history and exports are not. The copy starts its own history.
export async function copyDraft(
  userId: string,
  draftId: string,
  titlePrefix: string,
): Promise<MutationResult<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const source = await tx.draft.findFirst({
      where: draftWhere(userId, draftId, "read"),
      include: { requirements: true },
    });
    if (!source) return { ok: false, reason: "not_found" };
    // The copy stays in the source's organisation when the caller may edit
    // there; a läsare's copy lands in their personal space.
    const sameSpace = (await checkDraftAccess(tx, userId, draftId, "edit")) === "ok";
    const copy = await tx.draft.create({
      data: {
        createdById: userId,
        organizationId: sameSpace ? source.organizationId : null,
        title: `${titlePrefix}${source.title}`.slice(0, 200),
        context: draftContextSchema.parse(source.context),
        answers: source.answers ?? {},
        completedSteps: source.completedSteps ?? [],
        nextNumberKn: source.nextNumberKn,
        nextNumberJu: source.nextNumberJu,
        nextNumberAm: source.nextNumberAm,
        nextNumberOr: source.nextNumberOr,
      },
      select: { id: true, version: true },
    });
    await tx.requirement.createMany({
      data: source.requirements.map((row) => ({
        draftId: copy.id,
        perspective: row.perspective,
        number: row.number,
        position: row.position,
        text: row.text,
        level: row.level,
        kravtyp: row.kravtyp,
        motiv: row.motiv,
        verifikat: row.verifikat,
        uppfoljning: row.uppfoljning,
        weight: row.weight,
        suggestionId: row.suggestionId,
        modelIds: row.modelIds ?? [],
        adoptedSuggestion: row.adoptedSuggestion ?? undefined,
        createdById: userId,
      })),
    });
    await recordRevision(tx, { draftId: copy.id, userId, version: copy.version, reason: "copy" });
    return { ok: true, data: { id: copy.id } };
  });
}
