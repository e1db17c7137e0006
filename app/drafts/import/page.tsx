import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { importDraftAction } from "@/lib/exports/import-actions";
import { getSpaces } from "@/lib/orgs/data";
import { roleAllows } from "@/lib/orgs/roles";
import { ImportForm } from "@/components/drafts/import-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("import");
  return { title: t("title") };
}

// Only spaces where the user may create drafts are offered; the action checks again.
export default async function ImportPage() {
  const user = await requireUser();
  const [t, tOrgs, spaces] = await Promise.all([
    getTranslations(),
    getTranslations("orgs"),
    getSpaces(user.id, user.activeOrganizationId),
  ]);
  const options = [
    { value: "personal", label: tOrgs("space.personal") },
    ...spaces.memberships
      .filter((m) => roleAllows(m.role, "edit"))
      .map((m) => ({ value: m.organizationId, label: m.name })),
  ];
  const active = spaces.active && roleAllows(spaces.active.role, "edit") ? spaces.active.organizationId : "personal";
  return (
    <>
      <Link href="/drafts" className="mb-6 inline-block text-brand underline">
        {t("drafts.title")}
      </Link>
      <h1 className="mb-4 text-4xl font-bold">{t("import.title")}</h1>
      <p className="mb-6 max-w-3xl">{t("import.intro")}</p>
      <ImportForm action={importDraftAction} spaces={options} defaultSpace={active} />
    </>
  );
}
