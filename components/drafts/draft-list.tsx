import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { DraftSummary } from "@/lib/drafts/types";
import { DraftRowActions } from "@/components/drafts/draft-row-actions";

export async function DraftList({
  drafts,
  caption,
  canEdit = true,
  canDelete = true,
  sourceUpdates = {},
}: {
  drafts: DraftSummary[];
  // Per draft id: requirements whose catalog source has been revised.
  sourceUpdates?: Record<string, number>;
  caption?: string;
  canEdit?: boolean;
  canDelete?: boolean;
}) {
  const t = await getTranslations("drafts");
  const format = await getFormatter();
  if (drafts.length === 0) return <p className="mb-6">{t("empty")}</p>;
  return (
    <table className="mb-8 w-full border-collapse text-left">
      <caption className="sr-only">{caption ? `${t("tableCaption")}: ${caption}` : t("tableCaption")}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="py-2 pr-4">
            {t("columns.title")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("columns.status")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("columns.updatedAt")}
          </th>
          {canEdit ? (
            <th scope="col" className="py-2">
              {t("columns.actions")}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {drafts.map((draft) => (
          <tr key={draft.id} className="border-b border-line">
            <td className="py-2 pr-4">
              <Link href={`/drafts/${draft.id}`} className="text-brand underline">
                {draft.title || t("untitled")}
              </Link>
            </td>
            <td className="py-2 pr-4">
              {t(`status.${draft.status}`)}
              {sourceUpdates[draft.id] ? (
                <Link
                  href={`/drafts/${draft.id}/granska#granska-source-updates`}
                  className="mt-1 block text-brand underline"
                >
                  {t("sourceUpdates", { count: sourceUpdates[draft.id] ?? 0 })}
                </Link>
              ) : null}
            </td>
            <td className="py-2 pr-4">
              <time dateTime={draft.updatedAt.toISOString()}>
                {format.dateTime(draft.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </td>
            {canEdit ? (
              <td className="py-2">
                <DraftRowActions draftId={draft.id} title={draft.title} canDelete={canDelete} />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
