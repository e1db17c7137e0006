import { getTranslations } from "next-intl/server";
import type { GuidanceModel, Suggestion } from "@/lib/catalog/schema";
import { DetailList } from "@/components/catalog/detail-list";
import { ExternalLink } from "@/components/catalog/external-link";
import { SourceStatus } from "@/components/catalog/source-status";

// A suggestion that is not among the current results is reached by searching
// for its id, so the link never points at a missing anchor.
function suggestionHref(id: string, visible: ReadonlySet<string>): string {
  return visible.has(id) ? `#${id}` : `/catalog?q=${encodeURIComponent(id)}#${id}`;
}

export async function ModelCard({
  model,
  citedBy,
  visibleSuggestionIds,
}: {
  model: GuidanceModel;
  citedBy: Suggestion[];
  visibleSuggestionIds: ReadonlySet<string>;
}) {
  const t = await getTranslations("catalog");
  const headingId = `${model.id}-heading`;
  const rows = [
    { term: t("model.publisher"), value: model.publisher },
    { term: t("model.year"), value: String(model.year) },
    { term: t("model.kind"), value: t(`kinds.${model.kind}`) },
    { term: t("model.perspectives"), value: model.perspectives.map((p) => t(`perspectives.${p}`)).join(", ") },
    { term: t("model.phases"), value: model.phases.map((phase) => t(`phases.${phase}`)).join(", ") },
  ];
  return (
    <article
      id={model.id}
      aria-labelledby={headingId}
      className="mb-8 scroll-mt-4 border-l-4 border-secondary pl-4"
      data-testid="catalog-model"
    >
      <h3 id={headingId} className="mb-2 text-xl font-bold" lang="sv">
        {model.name}
      </h3>
      <p className="mb-3" lang="sv">
        {model.summary}
      </p>
      <DetailList rows={rows} />
      <SourceStatus model={model} />
      <p className="mb-3">
        <ExternalLink href={model.url} label={t("external")}>
          {t("model.source", { name: model.name })}
        </ExternalLink>
      </p>
      <h4 className="mb-1 font-semibold">{t("model.citedBy")}</h4>
      {citedBy.length === 0 ? (
        <p>{t("model.citedByNone")}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5">
          {citedBy.map((suggestion) => (
            <li key={suggestion.id} lang="sv">
              <a
                href={suggestionHref(suggestion.id, visibleSuggestionIds)}
                className="text-brand underline underline-offset-2"
              >
                {suggestion.title ?? suggestion.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
