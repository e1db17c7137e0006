import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { DashboardRow } from "@/lib/dashboard/types";
import { sectionCount } from "@/lib/dashboard/progress";
import { formatOf } from "@/lib/exports/formats";
import { roleAllows } from "@/lib/orgs/roles";
import { perspectivePrefix, perspectives } from "@/lib/vocabulary";
import { DraftRowActions } from "@/components/drafts/draft-row-actions";
import { TemplateToggle } from "@/components/templates/template-toggle";

// One row per draft with where it stands: sections done, requirements per
// perspective, Granska's warnings, the last export and who changed it last.
export async function DashboardTable({
  rows,
  caption,
  personalName,
  sourceUpdates,
}: {
  rows: DashboardRow[];
  caption: string;
  personalName: string;
  // Per draft id: requirements whose catalog source has been revised.
  sourceUpdates: Record<string, number>;
}) {
  const t = await getTranslations("dashboard");
  const tDrafts = await getTranslations("drafts");
  const tSteps = await getTranslations("steps");
  const tExport = await getTranslations("export.formats");
  const tRevisions = await getTranslations("revisions");
  const format = await getFormatter();
  const when = (date: Date) => (
    <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: "medium", timeStyle: "short" })}</time>
  );
  return (
    <table className="mb-8 w-full border-collapse text-left">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="py-2 pr-4">
            {t("columns.draft")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("columns.progress")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("columns.export")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("columns.changed")}
          </th>
          <th scope="col" className="py-2">
            {t("columns.actions")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const canEdit = !row.space || roleAllows(row.space.role, "edit");
          const canDelete = !row.space || roleAllows(row.space.role, "manage");
          const updates = sourceUpdates[row.id] ?? 0;
          return (
            <tr key={row.id} className="border-b border-line align-top" data-testid="dashboard-row">
              <td className="py-2 pr-4">
                <Link href={`/drafts/${row.id}`} className="font-semibold text-brand underline">
                  {row.title || tDrafts("untitled")}
                </Link>
                <p className="text-secondary">
                  {tDrafts(`status.${row.status}`)}
                  {row.isTemplate ? ` · ${t("template")}` : null}
                  {" · "}
                  <span data-testid="dashboard-space">{row.space?.name ?? personalName}</span>
                </p>
                {updates ? (
                  <Link
                    href={`/drafts/${row.id}/granska#granska-source-updates`}
                    className="block text-brand underline"
                  >
                    {tDrafts("sourceUpdates", { count: updates })}
                  </Link>
                ) : null}
              </td>
              <td className="py-2 pr-4">
                <p>{t("sections", { done: row.sectionsDone, total: sectionCount })}</p>
                <p>
                  <span className="sr-only">{t("requirements")}: </span>
                  {perspectives.map((p, index) => (
                    <span key={p}>
                      {index > 0 ? ", " : null}
                      <abbr title={tSteps(p)}>{perspectivePrefix[p]}</abbr> {row.requirementCounts[p]}
                    </span>
                  ))}
                </p>
                <p>
                  <Link href={`/drafts/${row.id}/granska`} className="text-brand underline">
                    {t("warnings", { count: row.warnings })}
                  </Link>
                </p>
                {row.gaps.length ? (
                  <p className="text-secondary">{t("gaps", { list: row.gaps.map((p) => tSteps(p)).join(", ") })}</p>
                ) : null}
              </td>
              <td className="py-2 pr-4">
                {row.lastExport ? (
                  <>
                    <p>
                      {t("exportVersion", {
                        sequence: row.lastExport.sequence ?? 1,
                        format: tExport(`${formatOf(row.lastExport.format)}.short`),
                      })}
                    </p>
                    <p className="text-secondary">{when(row.lastExport.createdAt)}</p>
                  </>
                ) : (
                  <p className="text-secondary">{t("noExport")}</p>
                )}
              </td>
              <td className="py-2 pr-4">
                <p>{when(row.updatedAt)}</p>
                <p className="text-secondary">
                  {t("changedBy", { name: row.lastChangedBy ?? tRevisions("deletedUser") })}
                </p>
              </td>
              <td className="py-2">
                {canEdit ? <DraftRowActions draftId={row.id} title={row.title} canDelete={canDelete} /> : null}
                {row.space?.role === "owner" ? (
                  <TemplateToggle draftId={row.id} title={row.title} isTemplate={row.isTemplate} />
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
