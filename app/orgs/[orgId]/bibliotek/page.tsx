import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { removeLibraryEntryAction, updateLibraryEntryAction } from "@/lib/library/actions";
import { getOrgLibrary } from "@/lib/library/data";
import { orgIdSchema } from "@/lib/orgs/schema";
import { LibraryEntryList } from "@/components/library/library-entry-list";

type Props = { params: Promise<{ orgId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("library.page");
  return { title: t("title") };
}

// The organisation's requirement library: every member reads it, an ägare
// curates it (edit, remove). A non-member gets the same 404 as a missing id.
export default async function LibraryPage({ params }: Props) {
  const { orgId } = await params;
  const user = await requireUser();
  if (!orgIdSchema.safeParse(orgId).success) notFound();
  const library = await getOrgLibrary(user.id, orgId);
  if (!library) notFound();
  const t = await getTranslations("library.page");
  return (
    <>
      <Link href={`/orgs/${orgId}`} className="mb-6 inline-block text-brand underline">
        {t("back")}
      </Link>
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-8 max-w-3xl">{t("intro", { name: library.name })}</p>
      {library.entries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <LibraryEntryList
          entries={library.entries.map((entry) => ({
            ...entry,
            update: library.canManage ? updateLibraryEntryAction.bind(null, entry.id) : null,
            remove: library.canManage ? removeLibraryEntryAction.bind(null, entry.id) : null,
          }))}
        />
      )}
    </>
  );
}
