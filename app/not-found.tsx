import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors.notFound");
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("body")}</p>
      <Link href="/drafts" className="text-brand underline">
        {t("back")}
      </Link>
    </>
  );
}
