import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { lintRules, type Warning } from "@/lib/review/lint";
import { warningHref } from "@/lib/review/links";

// Quality warnings grouped by rule; each links to what it concerns.
export async function WarningList({ draftId, warnings }: { draftId: string; warnings: Warning[] }) {
  const t = await getTranslations();
  // Quotation marks differ between the languages (”…” and “…”).
  const quote = (list: string | number | undefined) =>
    String(list ?? "")
      .split(", ")
      .map((text) => t("review.warnings.quoted", { text }))
      .join(", ");
  if (warnings.length === 0) return <p className="mb-10">{t("review.warnings.none")}</p>;
  const groups = lintRules
    .map((rule) => ({ rule, items: warnings.filter((warning) => warning.rule === rule) }))
    .filter((group) => group.items.length > 0);
  return (
    <div className="mb-10" data-testid="review-warnings">
      <p className="mb-4">{t("review.warnings.intro")}</p>
      {groups.map(({ rule, items }) => (
        <section key={rule} aria-labelledby={`varning-${rule}`} className="mb-6 border-l-4 border-warning pl-4">
          <h3 id={`varning-${rule}`} className="text-xl font-bold">
            {t(`review.warnings.rules.${rule}.title`)} ({items.length})
          </h3>
          <p className="mb-2 text-secondary">{t(`review.warnings.rules.${rule}.description`)}</p>
          <ul className="list-disc pl-6">
            {items.map((warning, index) => {
              const text = t(`review.warnings.rules.${rule}.item`, {
                ...warning.params,
                code: warning.code ?? "",
                perspective: warning.perspective ? t(`steps.${warning.perspective}`) : "",
                words: quote(warning.params.words),
                brands: quote(warning.params.brands),
              });
              const href = warningHref(draftId, warning);
              return (
                <li key={`${warning.requirementId ?? warning.perspective ?? rule}-${index}`}>
                  {href ? (
                    <Link href={href} className="text-brand underline">
                      {text}
                    </Link>
                  ) : (
                    text
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
