import { getTranslations } from "next-intl/server";
import type { Coverage, CoverageRow } from "@/lib/review/coverage";
import { kravtyper, levels, perspectives } from "@/lib/vocabulary";

const cell = "border-b border-line px-2 py-2 text-right tabular-nums";

// Perspective rows × kravtyp columns, then ska/bör and total.
export async function CoverageTable({ coverage }: { coverage: Coverage }) {
  const t = await getTranslations();
  const counts = (row: CoverageRow) => [
    ...kravtyper.map((kravtyp) => ({ key: kravtyp, value: row.byKravtyp[kravtyp] })),
    ...levels.map((level) => ({ key: level, value: row.byLevel[level] })),
    { key: "total", value: row.total },
  ];
  return (
    <div className="mb-10 overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid="coverage-table">
        <caption className="mb-2 text-left font-semibold">{t("review.coverage.caption")}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="px-2 py-2">
              {t("review.coverage.perspective")}
            </th>
            {kravtyper.map((kravtyp) => (
              <th key={kravtyp} scope="col" className="px-2 py-2 text-right">
                <abbr title={t(`review.requirement.kravtyp.${kravtyp}`)}>{kravtyp}</abbr>
              </th>
            ))}
            {levels.map((level) => (
              <th key={level} scope="col" className="px-2 py-2 text-right">
                {t(`review.coverage.${level}`)}
              </th>
            ))}
            <th scope="col" className="px-2 py-2 text-right">
              {t("review.coverage.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {perspectives.map((perspective) => (
            <tr key={perspective}>
              <th scope="row" className="border-b border-line px-2 py-2 font-semibold">
                {t(`steps.${perspective}`)}
              </th>
              {counts(coverage.rows[perspective]).map(({ key, value }) => (
                <td key={key} className={value === 0 ? `${cell} text-secondary` : cell}>
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-ink font-bold">
            <th scope="row" className="px-2 py-2">
              {t("review.coverage.totals")}
            </th>
            {counts(coverage.totals).map(({ key, value }) => (
              <td key={key} className="px-2 py-2 text-right tabular-nums">
                {value}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
