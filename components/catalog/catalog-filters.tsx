import { getTranslations } from "next-intl/server";
import { modelKinds } from "@/lib/catalog/schema";
import { catalogShows, maxQueryLength, type CatalogFilters } from "@/lib/catalog/search";
import { levels, perspectives } from "@/lib/vocabulary";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

// A plain GET form: it works without JavaScript and every result page has a
// shareable address.
export async function CatalogFiltersForm({ filters }: { filters: CatalogFilters }) {
  const t = await getTranslations("catalog");
  const any = { value: "", label: t("filters.any") };
  return (
    <form
      method="get"
      action="/catalog"
      role="search"
      aria-labelledby="catalog-filters-heading"
      className="mb-8 bg-surface p-4"
    >
      <h2 id="catalog-filters-heading" className="mb-4 text-2xl font-bold">
        {t("filters.heading")}
      </h2>
      <TextField
        id="catalog-q"
        name="q"
        type="search"
        label={t("filters.q")}
        hint={t("filters.qHint")}
        errorPrefix=""
        defaultValue={filters.q}
        maxLength={maxQueryLength}
        className="block w-full border-2 border-ink bg-canvas px-2 py-1.5 text-base"
      />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <SelectField
          id="catalog-perspective"
          name="perspective"
          label={t("filters.perspective")}
          errorPrefix=""
          defaultValue={filters.perspective ?? ""}
          options={[any, ...perspectives.map((value) => ({ value, label: t(`perspectives.${value}`) }))]}
        />
        <SelectField
          id="catalog-show"
          name="show"
          label={t("filters.show")}
          errorPrefix=""
          defaultValue={filters.show}
          options={catalogShows.map((value) => ({ value, label: t(`shows.${value}`) }))}
        />
        <SelectField
          id="catalog-kind"
          name="kind"
          label={t("filters.kind")}
          hint={t("filters.kindHint")}
          errorPrefix=""
          defaultValue={filters.kind ?? ""}
          options={[any, ...modelKinds.map((value) => ({ value, label: t(`kinds.${value}`) }))]}
        />
        <SelectField
          id="catalog-level"
          name="level"
          label={t("filters.level")}
          hint={t("filters.levelHint")}
          errorPrefix=""
          defaultValue={filters.level ?? ""}
          options={[any, ...levels.map((value) => ({ value, label: t(`levels.${value}`) }))]}
        />
      </div>
      <div className="flex flex-wrap items-center gap-6">
        <Button type="submit">{t("filters.submit")}</Button>
        <a href="/catalog" className="text-brand underline underline-offset-2">
          {t("filters.clear")}
        </a>
      </div>
    </form>
  );
}
