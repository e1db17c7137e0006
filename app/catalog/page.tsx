import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { getModel, guidanceModels, suggestions, suggestionsCiting } from "@/lib/catalog";
import type { GuidanceModel } from "@/lib/catalog/schema";
import { catalogHref, paginateCatalog, parseCatalogFilters, searchCatalog } from "@/lib/catalog/search";
import { CatalogFiltersForm } from "@/components/catalog/catalog-filters";
import { CatalogResults } from "@/components/catalog/catalog-results";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CatalogPage({ searchParams }: Props) {
  await requireUser();
  const [t, locale, params] = await Promise.all([getTranslations("catalog"), getLocale(), searchParams]);
  const filters = parseCatalogFilters(params);
  const results = paginateCatalog(searchCatalog(filters, guidanceModels, suggestions), filters.page);
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl text-lg">{t("intro")}</p>
      {locale === "sv" ? null : <p className="mb-6 max-w-3xl">{t("contentLanguage")}</p>}
      <CatalogFiltersForm filters={filters} />
      <CatalogResults
        query={filters.q}
        results={results}
        hrefFor={(page) => catalogHref(filters, page)}
        modelsFor={(suggestion) => suggestion.modelIds.map(getModel).filter((m): m is GuidanceModel => m !== undefined)}
        citing={(model) => suggestionsCiting(model.id)}
      />
    </>
  );
}
