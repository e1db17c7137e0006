import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { dashboardHref, type DashboardQuery } from "@/lib/dashboard/schema";

// Previous/next links that keep the search and filters; plain links, so
// paging needs no JavaScript.
export async function DashboardPagination({ query, pageCount }: { query: DashboardQuery; pageCount: number }) {
  const t = await getTranslations("dashboard");
  if (pageCount <= 1) return null;
  const { page } = query;
  return (
    <nav aria-label={t("pages")} className="mb-8 flex flex-wrap items-center gap-6">
      {page > 1 ? (
        <Link href={dashboardHref(query, { page: page - 1 })} rel="prev" className="text-brand underline">
          {t("previous")}
        </Link>
      ) : null}
      <p aria-current="page">{t("pageOf", { page, pageCount })}</p>
      {page < pageCount ? (
        <Link href={dashboardHref(query, { page: page + 1 })} rel="next" className="text-brand underline">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
