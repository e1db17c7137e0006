import { getTranslations } from "next-intl/server";
import type { GuidanceModel, Suggestion } from "@/lib/catalog/schema";
import { describeConditions } from "@/components/catalog/conditions-text";
import { DetailList } from "@/components/catalog/detail-list";
import { ExternalLink } from "@/components/catalog/external-link";

export async function CatalogSuggestionCard({
  suggestion,
  models,
}: {
  suggestion: Suggestion;
  models: GuidanceModel[];
}) {
  const t = await getTranslations("catalog");
  const headingId = `${suggestion.id}-heading`;
  // "Arbetsmiljö: Arbetsmiljö" says nothing twice; the topic alone is enough then.
  const heading = (perspective: string, topic: string) =>
    perspective === topic ? perspective : t("suggestion.heading", { perspective, topic });
  const rows = [
    { term: t("suggestion.level"), value: t(`levels.${suggestion.level}`) },
    { term: t("suggestion.kravtyp"), value: t(`kravtyper.${suggestion.kravtyp}`) },
    { term: t("suggestion.phase"), value: t(`phases.${suggestion.phase}`) },
    ...(suggestion.weight === undefined
      ? []
      : [{ term: t("suggestion.weight"), value: t("suggestion.weightValue", { weight: suggestion.weight }) }]),
    { term: t("suggestion.motiv"), value: suggestion.motiv },
    { term: t("suggestion.verifikat"), value: suggestion.verifikat },
    { term: t("suggestion.uppfoljning"), value: suggestion.uppfoljning },
    { term: t("suggestion.conditions"), value: describeConditions(suggestion.conditions, t) },
    // Like a model's: the day text and sources were read, and what could not be verified.
    { term: t("suggestion.checked"), value: suggestion.checkedAt ?? t("suggestion.notChecked") },
    ...(suggestion.unverified ? [{ term: t("suggestion.unverified"), value: suggestion.unverified }] : []),
    {
      term: t("suggestion.sources"),
      value: (
        <ul className="list-disc space-y-1 pl-5">
          {models.map((model) => (
            <li key={model.id}>
              <ExternalLink href={model.url} label={t("external")}>
                {model.name} ({model.publisher}, {model.year})
              </ExternalLink>
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <article
      id={suggestion.id}
      aria-labelledby={headingId}
      className="mb-8 scroll-mt-4 border-l-4 border-brand pl-4"
      data-testid="catalog-suggestion"
    >
      <p className="mb-1 text-secondary" data-testid="suggestion-topic">
        {heading(t(`perspectives.${suggestion.perspective}`), t(`topics.${suggestion.topic}`))}
      </p>
      {/* The short title leads; a suggestion without one is headed by its text. */}
      <h3 id={headingId} className="mb-2 text-xl font-bold" lang="sv">
        {suggestion.title ?? suggestion.text}
      </h3>
      {suggestion.title ? (
        <p className="mb-3 text-lg" lang="sv">
          {suggestion.text}
        </p>
      ) : null}
      <DetailList rows={rows} />
    </article>
  );
}
