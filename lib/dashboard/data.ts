import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { dashboardOrderBy, dashboardWhere } from "@/lib/dashboard/scope";
import { databaseEngine } from "@/lib/env";
import { dashboardPageSize, type DashboardQuery } from "@/lib/dashboard/schema";
import { perspectiveGaps, sectionsDone } from "@/lib/dashboard/progress";
import { parseContext } from "@/lib/drafts/data";
import { draftStatusSchema } from "@/lib/drafts/schema";
import { listMemberships, type Membership } from "@/lib/orgs/data";
import { roleAllows } from "@/lib/orgs/roles";
import { toRequirementRow } from "@/lib/requirements/data";
import type { RequirementRow } from "@/lib/requirements/types";
import { lintRequirements } from "@/lib/review/lint";
import type { DashboardPage, DashboardRow } from "@/lib/dashboard/types";
import { perspectives, type Perspective } from "@/lib/vocabulary";

// One page of the caller's drafts: the memberships, the matching ids (count
// and page), then four queries over the page's 25 ids only, so the cost of
// the per-draft figures does not grow with the number of drafts.
export async function getDashboardPage(userId: string, query: DashboardQuery): Promise<DashboardPage> {
  const memberships = await listMemberships(userId);
  const readable = memberships.filter((m) => roleAllows(m.role, "read")).map((m) => m.organizationId);
  const { ids, total, page } = await pageOfIds(userId, readable, query);
  const rows = await describeDrafts(memberships, ids);
  return { rows, total, page, pageCount: pageCountOf(total) };
}

const pageCountOf = (total: number) => Math.max(1, Math.ceil(total / dashboardPageSize));

async function pageOfIds(
  userId: string,
  readable: string[],
  query: DashboardQuery,
): Promise<{ ids: string[]; total: number; page: number }> {
  const orderBy = dashboardOrderBy(query.sort);
  const select = { id: true } as const;
  const take = dashboardPageSize;
  // A search of three characters or more goes through the trigram index in
  // one SQL statement (searchDraftIds), scope and filters included; a shorter one
  // scans with LIKE through Prisma. Either way one pass lists every match in
  // order, counted and sliced here, instead of the same work twice for COUNT
  // and the page.
  if (query.q) {
    const all = usesSearchIndex(query.q)
      ? await searchDraftIds(userId, readable, query)
      : (await db.draft.findMany({ where: dashboardWhere(userId, readable, query), orderBy, select })).map(
          (row) => row.id,
        );
    const page = Math.min(query.page, pageCountOf(all.length));
    return { ids: all.slice((page - 1) * take, page * take), total: all.length, page };
  }
  const where = dashboardWhere(userId, readable, query);
  const [total, firstTry] = await Promise.all([
    db.draft.count({ where }),
    db.draft.findMany({ where, orderBy, select, take, skip: (query.page - 1) * take }),
  ]);
  // A page past the end (a stale link) shows the last page.
  const page = Math.min(query.page, pageCountOf(total));
  const rows =
    page === query.page ? firstTry : await db.draft.findMany({ where, orderBy, select, take, skip: (page - 1) * take });
  return { ids: rows.map((row) => row.id), total, page };
}

// The dashboard's search through the FTS5 trigram index (migration
// 20261129160000_draft_search): a draft's title and requirement texts,
// case-insensitive for all letters (å/ä/ö included, LIKE folds ASCII only).
//
// Prisma cannot express MATCH, and listing every visible draft through
// Prisma to intersect with the index's answer cost more than the LIKE scan
// it replaced (~11 µs per row materialised, bench:dashboard), so the search
// is one SQL statement. It restates dashboardWhere (scope.ts) — the scope
// and the filters — in SQL; data.test.ts runs both over every value of every
// filter and sort and requires the same drafts in the same order.

// A search shorter than three characters cannot use the trigram index; it
// goes to the LIKE fallback.
const usesSearchIndex = (q: string) => [...q].length >= 3;

const orderBy: Record<DashboardQuery["sort"], Prisma.Sql> = {
  changed: Prisma.sql`d."updatedAt" DESC, d."id" DESC`,
  title: Prisma.sql`d."title" ASC, d."id" ASC`,
  created: Prisma.sql`d."createdAt" DESC, d."id" DESC`,
};

// The search condition on draft `d`. SQLite: the FTS5 trigram index, the
// phrase quoted so FTS5's query syntax in the search is taken literally.
// PostgreSQL: ILIKE on the title and each requirement's text, served by the
// pg_trgm indexes (prisma/postgres/migrations/20261129180100_draft_search),
// with LIKE's wildcards escaped so they are taken literally too.
function matches(q: string): Prisma.Sql {
  if (databaseEngine() === "postgres") {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return Prisma.sql`(d."title" ILIKE ${pattern} OR EXISTS (
        SELECT 1 FROM "Requirement" r WHERE r."draftId" = d."id" AND r."text" ILIKE ${pattern}))`;
  }
  const phrase = `"${q.replaceAll('"', '""')}"`;
  return Prisma.sql`d."id" IN (
        SELECT k."draftId" FROM "DraftSearch" s JOIN "DraftSearch_key" k ON k."id" = s."rowid"
        WHERE "DraftSearch" MATCH ${phrase})`;
}

// completedSteps is a JSON array: jsonb on PostgreSQL, text on SQLite.
function stepNotCompleted(step: string): Prisma.Sql {
  if (databaseEngine() === "postgres") return Prisma.sql`NOT (d."completedSteps" @> jsonb_build_array(${step}::text))`;
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM json_each(d."completedSteps") c WHERE c."value" = ${step})`;
}

// Every matching draft the caller may read, in the page's order.
export async function searchDraftIds(
  userId: string,
  organizationIds: readonly string[],
  query: DashboardQuery,
): Promise<string[]> {
  const readable = organizationIds.length
    ? Prisma.sql`OR d."organizationId" IN (${Prisma.join([...organizationIds])})`
    : Prisma.empty;
  const space =
    query.space === "all"
      ? Prisma.empty
      : query.space === "personal"
        ? Prisma.sql`AND d."organizationId" IS NULL`
        : Prisma.sql`AND d."organizationId" = ${query.space}`;
  const status = query.status === "all" ? Prisma.empty : Prisma.sql`AND d."status" = ${query.status}`;
  // dashboardWhere's gap filter: no requirement in that perspective, or its
  // step not marked Klar (stepNotCompleted in scope.ts).
  const gap =
    query.gap === "all"
      ? Prisma.empty
      : Prisma.sql`AND (NOT EXISTS (
        SELECT 1 FROM "Requirement" r WHERE r."draftId" = d."id" AND r."perspective" = ${query.gap})
      OR ${stepNotCompleted(query.gap)})`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT d."id" FROM "Draft" d
    WHERE ${matches(query.q)}
      AND d."deletedAt" IS NULL
      AND ((d."organizationId" IS NULL AND d."createdById" = ${userId}) ${readable})
      ${space} ${status} ${gap}
    ORDER BY ${orderBy[query.sort]}`;
  return rows.map((row) => row.id);
}

// The figures of each listed draft, in the order of `ids`.
export async function describeDrafts(memberships: Membership[], ids: string[]): Promise<DashboardRow[]> {
  if (ids.length === 0) return [];
  const [drafts, requirements, exports, revisions] = await Promise.all([
    db.draft.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        title: true,
        status: true,
        isTemplate: true,
        context: true,
        completedSteps: true,
        organizationId: true,
        createdAt: true,
        updatedAt: true,
        createdById: true,
      },
    }),
    db.requirement.findMany({ where: { draftId: { in: ids } }, orderBy: [{ position: "asc" }, { number: "asc" }] }),
    db.export.findMany({
      where: { draftId: { in: ids }, status: "ready" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      distinct: ["draftId"],
      select: { draftId: true, sequence: true, format: true, createdAt: true },
    }),
    // Who saved last, as far as the history knows: the newest revision's
    // author. Revisions are written at most every few minutes per draft
    // (revisionDue in lib/drafts/mutations.ts), so a save by someone else
    // inside that window is not named yet.
    db.draftRevision.findMany({
      where: { draftId: { in: ids } },
      orderBy: [{ createdAt: "desc" }, { version: "desc" }],
      distinct: ["draftId"],
      select: { draftId: true, createdBy: { select: { name: true } } },
    }),
  ]);
  // Drafts nobody has saved since creating them: the creator changed it last.
  // One query for their names instead of a relation per draft row.
  const creators = drafts.flatMap((d) =>
    d.createdById && !revisions.some((r) => r.draftId === d.id) ? [d.createdById] : [],
  );
  const names = new Map(
    creators.length
      ? (await db.user.findMany({ where: { id: { in: creators } }, select: { id: true, name: true } })).map((u) => [
          u.id,
          u.name,
        ])
      : [],
  );
  const byDraft = new Map<string, RequirementRow[]>(ids.map((id) => [id, []]));
  for (const row of requirements) byDraft.get(row.draftId)?.push(toRequirementRow(row));
  const lastExport = new Map(exports.map((row) => [row.draftId, row]));
  const lastRevision = new Map(revisions.map((row) => [row.draftId, row]));
  const spaces = new Map(memberships.map((m) => [m.organizationId, m]));
  const rows = new Map<string, DashboardRow>();
  for (const draft of drafts) {
    const list = byDraft.get(draft.id) ?? [];
    const requirementCounts = Object.fromEntries(
      perspectives.map((p) => [p, list.filter((r) => r.perspective === p).length]),
    ) as Record<Perspective, number>;
    const completedSteps = Array.isArray(draft.completedSteps)
      ? draft.completedSteps.filter((s): s is string => typeof s === "string")
      : [];
    const warnings = lintRequirements(list).length;
    const exported = lastExport.get(draft.id);
    const membership = draft.organizationId ? spaces.get(draft.organizationId) : undefined;
    const revision = lastRevision.get(draft.id);
    rows.set(draft.id, {
      id: draft.id,
      title: draft.title,
      status: draftStatusSchema.safeParse(draft.status).data ?? "draft",
      isTemplate: draft.isTemplate,
      createdAt: draft.createdAt,
      updatedAt: draft.updatedAt,
      space: membership ? { id: membership.organizationId, name: membership.name, role: membership.role } : null,
      requirementCounts,
      gaps: perspectiveGaps({ completedSteps, requirementCounts }),
      warnings,
      sectionsDone: sectionsDone({
        title: draft.title,
        context: parseContext(draft.id, draft.context),
        completedSteps,
        requirementCounts,
        warnings,
        exported: Boolean(exported),
      }),
      lastExport: exported
        ? { sequence: exported.sequence, format: exported.format, createdAt: exported.createdAt }
        : null,
      lastChangedBy: revision ? (revision.createdBy?.name ?? null) : (names.get(draft.createdById ?? "") ?? null),
    });
  }
  return ids.flatMap((id) => rows.get(id) ?? []);
}
