import Link from "next/link";
import { getTranslations } from "next-intl/server";

// Rendered by pages in place of content when the caller's role is too weak;
// the page sets no other content, and route handlers answer 403 instead.
export async function Forbidden({ code }: { code: "FORBIDDEN" | "FORBIDDEN_EDITOR" | "FORBIDDEN_OWNER" }) {
  const t = await getTranslations();
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">{t("orgs.forbidden.title")}</h1>
      <p className="mb-6" data-testid="forbidden">
        {t(`errors.codes.${code}`)}
      </p>
      <Link href="/drafts" className="text-brand underline">
        {t("orgs.forbidden.back")}
      </Link>
    </>
  );
}
