import { getTranslations } from "next-intl/server";

// GOV.UK pagination: previous/next plus every page number (the catalog has
// at most a handful of pages), the current one marked with aria-current.
export async function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("catalog.pagination");
  const pages = Array.from({ length: pageCount }, (_, index) => index + 1);
  const link = "text-brand underline underline-offset-2 hover:text-brand-dark";
  return (
    <nav aria-label={t("label")} className="mt-8 mb-4">
      <ul className="flex flex-wrap items-center gap-4">
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} rel="prev" className={`${link} font-semibold`}>
              {t("previous")}
            </a>
          </li>
        ) : null}
        {pages.map((number) => (
          <li key={number}>
            {number === page ? (
              <a
                href={hrefFor(number)}
                aria-current="page"
                aria-label={t("current", { page: number })}
                className="bg-brand px-3 py-1 font-semibold text-inverse"
              >
                {number}
              </a>
            ) : (
              <a href={hrefFor(number)} aria-label={t("page", { page: number })} className={`${link} px-2`}>
                {number}
              </a>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <a href={hrefFor(page + 1)} rel="next" className={`${link} font-semibold`}>
              {t("next")}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
