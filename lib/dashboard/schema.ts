import { z } from "zod";
import { draftStatuses } from "@/lib/drafts/schema";
import { perspectives } from "@/lib/vocabulary";

// The dashboard's state lives in the URL (a GET form and plain links), so it
// works without JavaScript and a filtered view can be bookmarked. Every field
// falls back to its default instead of failing: a hand-edited or stale URL
// shows the dashboard, never an error page.
export const dashboardPageSize = 25;
export const dashboardSorts = ["changed", "title", "created"] as const;
export type DashboardSort = (typeof dashboardSorts)[number];

// "all", "personal" or an organisation id (checked against the caller's
// memberships by the query itself: a foreign id simply matches nothing).
const spaceSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/)
  .catch("all");

export const dashboardQuerySchema = z.object({
  q: z.string().trim().max(200).catch(""),
  space: spaceSchema.default("all"),
  status: z.enum(["all", ...draftStatuses]).catch("all"),
  // A perspective with a gap: no requirements there, or the section not marked Klar.
  gap: z.enum(["all", ...perspectives]).catch("all"),
  sort: z.enum(dashboardSorts).catch("changed"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type DashboardQuery = z.output<typeof dashboardQuerySchema>;

// Next passes repeated parameters as arrays; the dashboard uses the first.
export function parseDashboardQuery(raw: Record<string, string | string[] | undefined>): DashboardQuery {
  const first = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  return dashboardQuerySchema.parse({
    q: first.q ?? "",
    space: first.space || "all",
    status: first.status ?? "all",
    gap: first.gap ?? "all",
    sort: first.sort ?? "changed",
    page: first.page ?? 1,
  });
}

// The URL of another page or sort of the same view; defaults are left out so
// links stay short.
export function dashboardHref(query: DashboardQuery, change: Partial<DashboardQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.space !== "all") params.set("space", next.space);
  if (next.status !== "all") params.set("status", next.status);
  if (next.gap !== "all") params.set("gap", next.gap);
  if (next.sort !== "changed") params.set("sort", next.sort);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/drafts?${search}` : "/drafts";
}
