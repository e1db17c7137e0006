import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { dashboardSorts, type DashboardQuery } from "@/lib/dashboard/schema";
import { draftStatuses } from "@/lib/drafts/schema";
import { perspectives } from "@/lib/vocabulary";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export type SpaceFilterOption = { value: string; label: string };

// A plain GET form: it works without JavaScript, and the URL it produces is
// the view (bookmarkable, shareable, back button intact). A new search starts
// at page 1 because the page number is not part of the form.
export async function DashboardFilters({ query, spaces }: { query: DashboardQuery; spaces: SpaceFilterOption[] }) {
  const t = await getTranslations("dashboard.filters");
  const tDrafts = await getTranslations("drafts");
  const tSteps = await getTranslations("steps");
  // A GET filter form has no field errors: every value falls back to its default.
  const errorPrefix = "";
  return (
    <section aria-labelledby="dashboard-filters" className="mb-8 bg-surface p-4">
      <h2 id="dashboard-filters" className="mb-4 text-2xl font-bold">
        {t("heading")}
      </h2>
      <form method="get" action="/drafts" role="search" aria-labelledby="dashboard-filters">
        <TextField
          id="dashboard-q"
          name="q"
          type="search"
          label={t("q")}
          defaultValue={query.q}
          maxLength={200}
          errorPrefix={errorPrefix}
        />
        <div className="grid gap-x-6 md:grid-cols-2">
          <SelectField
            id="dashboard-space"
            name="space"
            label={t("space")}
            defaultValue={query.space}
            options={[{ value: "all", label: t("allSpaces") }, ...spaces]}
            errorPrefix={errorPrefix}
          />
          <SelectField
            id="dashboard-status"
            name="status"
            label={t("status")}
            defaultValue={query.status}
            options={[
              { value: "all", label: t("allStatuses") },
              ...draftStatuses.map((status) => ({ value: status, label: tDrafts(`status.${status}`) })),
            ]}
            errorPrefix={errorPrefix}
          />
          <SelectField
            id="dashboard-gap"
            name="gap"
            label={t("gap")}
            hint={t("gapHint")}
            defaultValue={query.gap}
            options={[
              { value: "all", label: t("allGaps") },
              ...perspectives.map((p) => ({ value: p, label: tSteps(p) })),
            ]}
            errorPrefix={errorPrefix}
          />
          <SelectField
            id="dashboard-sort"
            name="sort"
            label={t("sort")}
            defaultValue={query.sort}
            options={dashboardSorts.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) }))}
            errorPrefix={errorPrefix}
          />
        </div>
        <div className="flex flex-wrap items-center gap-6">
          <Button type="submit">{t("submit")}</Button>
          <Link href="/drafts" className="text-brand underline">
            {t("clear")}
          </Link>
        </div>
      </form>
    </section>
  );
}
