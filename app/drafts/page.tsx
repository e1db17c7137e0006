import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { createDraftAction } from "@/lib/drafts/actions";
import { listDraftsForUser } from "@/lib/drafts/data";
import { DraftList } from "@/components/drafts/draft-list";
import { Button } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("drafts");
  return { title: t("title") };
}

export default async function DraftsPage() {
  const user = await requireUser();
  const [t, drafts] = await Promise.all([getTranslations("drafts"), listDraftsForUser(user.id)]);
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <form action={createDraftAction} className="mb-8">
        <Button type="submit">{t("new")}</Button>
      </form>
      <DraftList drafts={drafts} />
    </>
  );
}
