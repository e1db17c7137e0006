import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { listTrashedDrafts } from "@/lib/trash/data";
import { purgeExpiredTrash } from "@/lib/trash/mutations";
import { trashRetentionDays } from "@/lib/trash/schema";
import { TrashList } from "@/components/drafts/trash-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("trash");
  return { title: t("title") };
}

export default async function TrashPage() {
  const user = await requireUser();
  // Purge on read: what is past the retention period is gone before listing.
  await purgeExpiredTrash(user.id);
  const drafts = await listTrashedDrafts(user.id);
  const t = await getTranslations("trash");
  return (
    <>
      <Link href="/drafts" className="mb-6 inline-block text-brand underline">
        {t("backToDrafts")}
      </Link>
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro", { days: trashRetentionDays })}</p>
      <TrashList drafts={drafts} />
    </>
  );
}
