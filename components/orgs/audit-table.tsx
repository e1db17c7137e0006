import { getFormatter, getTranslations } from "next-intl/server";

type Row = { id: string; action: string; actorName: string | null; details: Record<string, unknown>; createdAt: Date };

function describe(details: Record<string, unknown>): string {
  return Object.entries(details)
    .filter(([, value]) => value !== null && value !== undefined && typeof value !== "object")
    .map(([key, value]) => `${key}: ${String(value as string | number | boolean)}`)
    .join(", ");
}

export async function AuditTable({ rows }: { rows: Row[] }) {
  const t = await getTranslations("orgs");
  const format = await getFormatter();
  if (rows.length === 0) return <p>{t("audit.none")}</p>;
  return (
    <table className="w-full border-collapse text-left" data-testid="audit-log">
      <caption className="sr-only">{t("audit.caption")}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="py-2 pr-4">
            {t("columns.when")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("columns.who")}
          </th>
          <th scope="col" className="py-2">
            {t("columns.what")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-line">
            <td className="py-2 pr-4">
              <time dateTime={row.createdAt.toISOString()}>
                {format.dateTime(row.createdAt, { dateStyle: "short", timeStyle: "medium" })}
              </time>
            </td>
            <td className="py-2 pr-4">{row.actorName ?? "–"}</td>
            <td className="py-2">
              {t.has(`audit.actions.${row.action}`) ? t(`audit.actions.${row.action}`) : row.action}
              {describe(row.details) ? <span className="text-secondary"> ({describe(row.details)})</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
