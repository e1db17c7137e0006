import { getFormatter, getTranslations } from "next-intl/server";
import type { ExportSummary } from "@/lib/exports/types";

export async function ExportList({ draftId, exports }: { draftId: string; exports: ExportSummary[] }) {
  const t = await getTranslations("export");
  const format = await getFormatter();
  if (exports.length === 0) return <p>{t("empty")}</p>;
  const cell = "py-2 pr-4 align-top";
  return (
    <table className="w-full border-collapse text-left" data-testid="export-list">
      <caption className="sr-only">{t("tableCaption")}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className={cell}>
            {t("columns.createdAt")}
          </th>
          <th scope="col" className={cell}>
            {t("columns.version")}
          </th>
          <th scope="col" className={cell}>
            {t("columns.format")}
          </th>
          <th scope="col" className={cell}>
            {t("columns.pages")}
          </th>
          <th scope="col" className={cell}>
            {t("columns.size")}
          </th>
          <th scope="col" className={cell}>
            {t("columns.createdBy")}
          </th>
          <th scope="col" className={cell}>
            {t("columns.status")}
          </th>
          <th scope="col" className="py-2">
            {t("columns.download")}
          </th>
        </tr>
      </thead>
      <tbody>
        {exports.map((item) => {
          const date = format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" });
          return (
            <tr key={item.id} className="border-b border-line" data-status={item.status}>
              <td className={cell}>
                <time dateTime={item.createdAt.toISOString()}>{date}</time>
              </td>
              <td className={cell}>{item.sequence ?? "–"}</td>
              <td className={cell} data-format={item.format}>
                {t(`formats.${item.format}.short`)}
              </td>
              <td className={cell}>{item.pageCount ?? t("unknownSize")}</td>
              <td className={cell}>
                {item.sizeBytes === null
                  ? t("unknownSize")
                  : `${format.number(item.sizeBytes / 1024, { maximumFractionDigits: 0 })} kB`}
              </td>
              <td className={cell}>{item.createdByName ?? t("deletedUser")}</td>
              <td className={cell}>
                {t(`statuses.${item.status}`)}
                {item.status === "failed" && item.error ? (
                  <span className="block text-sm text-secondary">{t(`failed.${item.error}`)}</span>
                ) : null}
              </td>
              <td className="py-2 align-top">
                {item.status === "ready" ? (
                  <a
                    href={`/drafts/${draftId}/exports/${item.id}`}
                    download
                    className="text-brand underline"
                    aria-label={t("downloadRow", {
                      format: t(`formats.${item.format}.short`),
                      version: item.sequence ?? item.draftVersion,
                      date,
                    })}
                  >
                    {t(`formats.${item.format}.short`)}
                  </a>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
