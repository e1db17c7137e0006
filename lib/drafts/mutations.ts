import "server-only";
import { db } from "@/lib/db";
import { directSql } from "@/lib/db-direct";
import { accessibleBySql, checkDraftAccess, draftWhere, memberPolicySelect, orgPolicyMiss } from "@/lib/drafts/scope";
import { draftContextSchema, type DraftContext, type StartStepDraft } from "@/lib/drafts/schema";
import { AppError, type MutationResult } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { databaseEngine } from "@/lib/env";
import {
  revisionSnapshotSchema,
  revisionKeepAllMs,
  revisionThrottleMs,
  type RevisionReason,
  type RevisionSnapshot,
} from "@/lib/drafts/snapshot";
import { roleAllows } from "@/lib/orgs/roles";
import { timeZone } from "@/lib/i18n/config";
import { assertDraftCap } from "@/lib/limits/data";

// Creates a draft in the caller's personal space (organizationId null) or in
// an organisation where the caller may edit (redigerare or ägare).
export async function createDraft(userId: string, organizationId: string | null = null): Promise<{ id: string }> {
  const result = await createDraftInSpace(userId, organizationId);
  if (!result.ok) throw new AppError(result.reason === "forbidden" ? "FORBIDDEN_EDITOR" : "NOT_FOUND");
  return result.data;
}

// `initial`: a title and Start answers to begin with ("Ny från mall", lib/templates).
export async function createDraftInSpace(
  userId: string,
  organizationId: string | null,
  initial: { title?: string; context?: DraftContext } = {},
): Promise<{ ok: true; data: { id: string } } | { ok: false; reason: "not_found" | "forbidden" }> {
  if (organizationId !== null) {
    const member = await db.member.findFirst({
      where: { userId, organizationId },
      select: { role: true, ...memberPolicySelect },
    });
    if (!member) return { ok: false, reason: "not_found" };
    if (!roleAllows(member.role, "edit")) return { ok: false, reason: "forbidden" };
    const policyMiss = orgPolicyMiss(member);
    if (policyMiss) throw new AppError(policyMiss);
  }
  await assertDraftCap(db, userId, organizationId);
  const draft = await db.draft.create({
    data: {
      createdById: userId,
      organizationId,
      title: initial.title ?? "",
      context: draftContextSchema.parse(initial.context ?? {}),
    },
    select: { id: true },
  });
  return { ok: true, data: draft };
}

// Optimistic concurrency: the update only matches the version the user's form
// was based on. A miss is either someone else's newer save (conflict) or a
// draft this user cannot see (not_found) — never a silent overwrite.
// Most autosaves are one UPDATE statement, atomic on its own. Only when a
// revision is due (revisionDue below) does the save run as an
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

  if (!(await revisionDueDirect(draftId, updatedAt))) {
    // The autosave's steady state (a revision is due at most every 5 min): one
    // plain UPDATE with the access rule as SQL (accessibleBySql), the same
    // conditions as `where`, run by the driver itself (lib/db-direct.ts) and
    // through Prisma only when that finds the database busy.
    const json = JSON.stringify(context);
    const contextValue = databaseEngine() === "postgres" ? Prisma.sql`CAST(${json} AS jsonb)` : Prisma.sql`${json}`;
    const update = Prisma.sql`
      UPDATE "Draft" AS d SET "title" = ${title}, "context" = ${contextValue}, "updatedAt" = ${updatedAt},
        "version" = d."version" + 1
      WHERE d."id" = ${draftId} AND d."version" = ${baseVersion} AND d."deletedAt" IS NULL
        AND ${accessibleBySql(userId, "edit", updatedAt)}`;
    const count = (await directSql().run(update)) ?? (await db.$executeRaw(update));
    if (count === 0) return miss(db);
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
// With a `title` ("Ny från mall": a new procurement from an earlier one; an
// empty one keeps the prefixed title) no section is marked Klar yet: the new
// procurement's sections are checked again.
export async function copyDraft(
  userId: string,
  draftId: string,
  titlePrefix: string,
  options: { title?: string } = {},
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
    await assertDraftCap(tx, userId, sameSpace ? source.organizationId : null);
    const copy = await tx.draft.create({
      data: {
        createdById: userId,
        organizationId: sameSpace ? source.organizationId : null,
        title: (options.title || `${titlePrefix}${source.title}`).slice(0, 200),
        context: draftContextSchema.parse(source.context),
        answers: source.answers ?? {},
        completedSteps: options.title === undefined ? (source.completedSteps ?? []) : [],
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

// ---- Revisions: every write to a draft records one in its own transaction
// (docs/ARCHITECTURE.md, "Revisions"); lib/revisions reads and restores them.

export type Tx = Prisma.TransactionClient;

// The draft's content as it stands inside the caller's transaction.
export async function snapshotDraft(tx: Tx, draftId: string): Promise<RevisionSnapshot> {
  const draft = await tx.draft.findUniqueOrThrow({
    where: { id: draftId },
    select: {
      title: true,
      context: true,
      answers: true,
      requirements: {
        orderBy: [{ perspective: "asc" }, { position: "asc" }],
        select: {
          perspective: true,
          number: true,
          position: true,
          text: true,
          level: true,
          kravtyp: true,
          motiv: true,
          verifikat: true,
          uppfoljning: true,
          weight: true,
          suggestionId: true,
          modelIds: true,
          adoptedSuggestion: true,
          createdById: true,
        },
      },
    },
  });
  return revisionSnapshotSchema.parse(draft);
}

// The throttle rule: a "save" revision is due when the draft has none yet or
// when the last one is older than revisionThrottleMs, whoever wrote it.
// Asked on every autosave, so it is one plain statement: Prisma's query
// compiler costs ~3× the CPU of a raw query here (docs/BENCHMARKS.md, "Save
// CPU"); the SQL is the same on SQLite and PostgreSQL and returns a Date on both.
const lastRevision = (draftId: string) => Prisma.sql`
    SELECT "createdAt" FROM "DraftRevision" WHERE "draftId" = ${draftId}
    ORDER BY "createdAt" DESC, "version" DESC LIMIT 1`;
const due = (last: Date | string | undefined, now: Date) =>
  last === undefined || now.getTime() - new Date(last).getTime() >= revisionThrottleMs;

export async function revisionDue(client: Pick<Tx, "$queryRaw">, draftId: string, now: Date): Promise<boolean> {
  const [last] = await client.$queryRaw<{ createdAt: Date }[]>(lastRevision(draftId));
  return due(last?.createdAt, now);
}

// The same, by the driver (lib/db-direct.ts): SQLite returns the stored text.
async function revisionDueDirect(draftId: string, now: Date): Promise<boolean> {
  const rows = await directSql().rows<{ createdAt: Date | string }>(lastRevision(draftId));
  if (rows === null) return revisionDue(db, draftId, now);
  return due(rows[0]?.createdAt, now);
}

const swedishDay = new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short" });

// Keeps every revision of the last day and the newest of each earlier day
// (Swedish calendar day); run whenever a revision is written.
export async function thinRevisions(client: Pick<Tx, "draftRevision">, draftId: string, now: Date): Promise<number> {
  const older = await client.draftRevision.findMany({
    where: { draftId, createdAt: { lt: new Date(now.getTime() - revisionKeepAllMs) } },
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    select: { id: true, createdAt: true },
  });
  const seenDays = new Set<string>();
  const surplus = older.filter((revision) => {
    const day = swedishDay.format(revision.createdAt);
    if (seenDays.has(day)) return true;
    seenDays.add(day);
    return false;
  });
  if (surplus.length === 0) return 0;
  const { count } = await client.draftRevision.deleteMany({ where: { id: { in: surplus.map((r) => r.id) } } });
  return count;
}

// Call after a content change, inside the same transaction, with the draft's
// new version. "save" revisions follow revisionDue; every other reason
// (restore, copy, before_restore) always writes.
export async function recordRevision(
  tx: Tx,
  input: { draftId: string; userId: string; version: number; reason?: RevisionReason; note?: string; now?: Date },
): Promise<boolean> {
  const { draftId, userId, version, reason = "save", note, now = new Date() } = input;
  if (reason === "save" && !(await revisionDue(tx, draftId, now))) return false;
  const snapshot = await snapshotDraft(tx, draftId);
  await tx.draftRevision.create({
    data: { draftId, version, snapshot, reason, note, createdById: userId, createdAt: now },
  });
  await thinRevisions(tx, draftId, now);
  return true;
}
