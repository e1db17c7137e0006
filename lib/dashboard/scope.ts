import { Prisma } from "@/lib/generated/prisma/client";
import type { DashboardQuery, DashboardSort } from "@/lib/dashboard/schema";
import { wizardSteps } from "@/lib/drafts/steps";
import { databaseEngine } from "@/lib/env";
import type { Perspective } from "@/lib/vocabulary";

// visibleDraftsWhere (lib/drafts/scope.ts) with the caller's memberships
// resolved first: `organizationId IN (…)` lets SQLite walk the
// (organizationId, updatedAt) indexes, where the relation filter makes it test
// a correlated membership subquery on every draft (5× slower at 10,000
// drafts, docs/BENCHMARKS.md). Every role may read, so every membership
// counts; data.test.ts checks both give the same drafts.
export function readableDraftsWhere(userId: string, organizationIds: readonly string[]): Prisma.DraftWhereInput {
  return {
    deletedAt: null,
    OR: [{ organizationId: null, createdById: userId }, { organizationId: { in: [...organizationIds] } }],
  };
}

// The dashboard's filters on top of the caller's scope, so a filter can only
// ever narrow what the caller may see.
export function dashboardWhere(
  userId: string,
  organizationIds: readonly string[],
  query: DashboardQuery,
): Prisma.DraftWhereInput {
  const and: Prisma.DraftWhereInput[] = [readableDraftsWhere(userId, organizationIds)];
  // Title or any requirement's text. Only for a search shorter than three
  // characters: a longer one goes through the trigram index (data.ts), which
  // folds case for å/ä/ö too; SQLite's LIKE folds ASCII only.
  if (query.q) {
    // PostgreSQL's LIKE is case-sensitive; "insensitive" makes it ILIKE, as in
    // searchDraftIds. Only the PostgreSQL client's types know `mode`, hence the cast.
    const contains = {
      contains: query.q,
      ...(databaseEngine() === "postgres" ? { mode: "insensitive" } : {}),
    } as Prisma.StringFilter;
    and.push({ OR: [{ title: contains }, { requirements: { some: { text: contains } } }] });
  }
  if (query.space === "personal") and.push({ organizationId: null });
  else if (query.space !== "all") and.push({ organizationId: query.space });
  if (query.status !== "all") and.push({ status: query.status });
  if (query.gap !== "all") {
    and.push({ OR: [{ requirements: { none: { perspective: query.gap } } }, stepNotCompleted(query.gap)] });
  }
  return { AND: and };
}

// Draft.completedSteps is a JSON array of step ids in the order they were
// marked Klar, e.g. ["start","juridik"] (lib/answers/mutations.ts), without
// repeats. PostgreSQL stores it as jsonb, where containment is one operator.
// Prisma's SQLite client has no array_contains, and string_contains or a
// negated path filter never match an array (the type test / NULL for a missing
// index survive the NOT), so there the step is "not completed" when every
// position either holds another id or is past the array's end. A draft has at
// most one entry per wizard step, so wizardSteps.length positions cover it.
// searchDraftIds (data.ts) states the same in SQL; data.test.ts compares them.
function stepNotCompleted(step: Perspective): Prisma.DraftWhereInput {
  if (databaseEngine() === "postgres") {
    // Only the PostgreSQL client's types know array_contains, hence the cast.
    return { NOT: { completedSteps: { array_contains: [step] } as Prisma.JsonFilter<"Draft"> } };
  }
  return {
    AND: wizardSteps.map((_, i) => ({
      OR: [
        { completedSteps: { path: `$[${i}]`, not: step } },
        { completedSteps: { path: `$[${i}]`, equals: Prisma.DbNull } },
      ],
    })),
  };
}

// Ties broken by id so pages never repeat or skip a draft.
export function dashboardOrderBy(sort: DashboardSort): Prisma.DraftOrderByWithRelationInput[] {
  if (sort === "title") return [{ title: "asc" }, { id: "asc" }];
  if (sort === "created") return [{ createdAt: "desc" }, { id: "desc" }];
  return [{ updatedAt: "desc" }, { id: "desc" }];
}
