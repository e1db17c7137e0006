import { getFormatter, getTranslations } from "next-intl/server";
import type { ExportSummary } from "@/lib/exports/types";

export async function ExportList({ draftId, exports }: { draftId: string; exports: ExportSummary[] }) {
  const t = await getTranslations("export");
  const format = await getFormatter();
  if (exports.length === 0) return <p>{t("empty")}</p>;
  return (
    <table className="w-full border-collapse text-left" data-testid="export-list">
      <caption className="sr-only">{t("tableCaption")}</caption>
      <thead>
        <tr className="border-b-2 border-[#0b0c0c]">
          <th scope="col" className="py-2 pr-4">{t("columns.createdAt")}</th>
          <th scope="col" className="py-2 pr-4">{t("columns.version")}</th>
          <th scope="col" className="py-2 pr-4">{t("columns.pages")}</th>
          <th scope="col" className="py-2 pr-4">{t("columns.size")}</th>
          <th scope="col" className="py-2 pr-4">{t("columns.createdBy")}</th>
          <th scope="col" className="py-2">{t("columns.download")}</th>
        </tr>
      </thead>
      <tbody>
        {exports.map((item) => {
          const date = format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" });
          return (
            <tr key={item.id} className="border-b border-[#b1b4b6]">
              <td className="py-2 pr-4">
                <time dateTime={item.createdAt.toISOString()}>{date}</time>
              </td>
              <td className="py-2 pr-4">{item.draftVersion}</td>
              <td className="py-2 pr-4">{item.pageCount}</td>
              <td className="py-2 pr-4">{format.number(item.sizeBytes / 1024, { maximumFractionDigits: 0 })} kB</td>
              <td className="py-2 pr-4">{item.createdByName}</td>
              <td className="py-2">
                <a
                  href={`/drafts/${draftId}/exports/${item.id}`}
                  download
                  className="text-[#1d70b8] underline"
                  aria-label={t("downloadRow", { version: item.draftVersion, date })}
                >
                  PDF
                </a>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
