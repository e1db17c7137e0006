import { useTranslations } from "next-intl";
import type { MatrixPreview } from "@/lib/exports/import-actions";

// The changes an edited kravmatris would make, before they are made: each
// changed field with its old and new value, each new requirement, and what
// stays as it is.
export function MatrixPreviewList({ data }: { data: MatrixPreview }) {
  const t = useTranslations("import.matrix");
  const tSteps = useTranslations("steps");
  return (
    <div className="mb-6">
      <p className="mb-4">
        {t("summary", { updated: data.updates.length, added: data.additions.length, unchanged: data.unchanged })}{" "}
        {data.notInFile > 0 ? t("notInFile", { count: data.notInFile }) : null}
      </p>
      {data.updates.length > 0 ? (
        <table className="mb-6 w-full border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">{t("updatesCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("columns.code")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("columns.field")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("columns.before")}
              </th>
              <th scope="col" className="py-2">
                {t("columns.after")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.updates.flatMap((u) =>
              u.changes.map((c) => (
                <tr key={`${u.code}-${c.field}`} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-4">
                    {u.code}
                  </th>
                  <td className="py-2 pr-4">{t(`fields.${c.field}`)}</td>
                  <td className="py-2 pr-4">{c.before || "–"}</td>
                  <td className="py-2">{c.after || "–"}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      ) : null}
      {data.additions.length > 0 ? (
        <>
          <h3 className="mb-2 font-semibold">{t("additionsHeading")}</h3>
          <ul className="mb-6 list-disc pl-6">
            {data.additions.map((a) => (
              <li key={a.where}>
                {tSteps(a.perspective)}: {a.text}{" "}
                <span className="text-secondary">
                  ({a.fileCode ? t("newCodeFor", { code: a.fileCode, where: a.where }) : a.where})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
