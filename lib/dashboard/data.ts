import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dashboardOrderBy, dashboardWhere } from "@/lib/dashboard/scope";
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
  const { ids, total, page } = await pageOfIds(dashboardWhere(userId, readable, query), query);
  const rows = await describeDrafts(memberships, ids);
  return { rows, total, page, pageCount: pageCountOf(total) };
}

const pageCountOf = (total: number) => Math.max(1, Math.ceil(total / dashboardPageSize));

async function pageOfIds(
  where: Prisma.DraftWhereInput,
  query: DashboardQuery,
): Promise<{ ids: string[]; total: number; page: number }> {
  const orderBy = dashboardOrderBy(query.sort);
  const select = { id: true } as const;
  const take = dashboardPageSize;
  // A text search scans requirement texts (LIKE cannot use an index): one
  // pass for all matching ids, counted and sliced here, instead of the same
  // scan twice for COUNT and the page.
  if (query.q) {
    const all = (await db.draft.findMany({ where, orderBy, select })).map((row) => row.id);
    const page = Math.min(query.page, pageCountOf(all.length));
    return { ids: all.slice((page - 1) * take, page * take), total: all.length, page };
  }
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
