import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

// Without its own title a 404 is only "Kravlots" in the tab and to a screen reader.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors.notFound");
  return { title: t("title") };
}

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
