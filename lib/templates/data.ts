import "server-only";
import { db } from "@/lib/db";
import { visibleDraftsWhere } from "@/lib/drafts/scope";
import type { TemplateSource, TemplateSources } from "@/lib/templates/types";

// The most recently changed drafts offered besides the templates; an older
// one is found on the dashboard and copied from there.
export const recentSourceCount = 50;

// What "Ny från mall" offers: the organisations' templates first, then the
// caller's recent drafts, all within what the caller may read.
export async function listTemplateSources(userId: string): Promise<TemplateSources> {
  const select = { id: true, title: true, organization: { select: { name: true } } } as const;
  const [templates, recent] = await Promise.all([
    db.draft.findMany({
      where: { AND: [visibleDraftsWhere(userId), { isTemplate: true }] },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select,
    }),
    db.draft.findMany({
      where: { AND: [visibleDraftsWhere(userId), { isTemplate: false }] },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: recentSourceCount,
      select,
    }),
  ]);
  const toSource = (row: (typeof templates)[number]): TemplateSource => ({
    id: row.id,
    title: row.title,
    organizationName: row.organization?.name ?? null,
  });
  return { templates: templates.map(toSource), recent: recent.map(toSource) };
}
