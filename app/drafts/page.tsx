import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { createDraftAction } from "@/lib/drafts/actions";
import { listDraftsForUser } from "@/lib/drafts/data";
import { countSourceUpdates } from "@/lib/requirements/data";
import { getSpaces } from "@/lib/orgs/data";
import { roleAllows } from "@/lib/orgs/roles";
import { DraftList } from "@/components/drafts/draft-list";
import { Button } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("drafts");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ error?: string }> };

// Drafts grouped by space: the personal space first, then each organisation
// the user belongs to. New drafts go to the active space named on the button.
export default async function DraftsPage({ searchParams }: Props) {
  const user = await requireUser();
  const [t, tErrors, drafts, spaces, { error }, sourceUpdates] = await Promise.all([
    getTranslations("drafts"),
    getTranslations("errors.codes"),
    listDraftsForUser(user.id),
    getSpaces(user.id, user.activeOrganizationId),
    searchParams,
    countSourceUpdates(user.id),
  ]);
  const tOrgs = await getTranslations("orgs");
  const tTrash = await getTranslations("trash");
  const tImport = await getTranslations("import");
  const personal = tOrgs("space.personal");
  const activeName = spaces.active?.name ?? personal;
  const canCreate = !spaces.active || roleAllows(spaces.active.role, "edit");
  const groups = [
    { key: "personal", name: personal, role: null, drafts: drafts.filter((d) => d.organizationId === null) },
    ...spaces.memberships.map((m) => ({
      key: m.organizationId,
      name: m.name,
      role: m.role,
      drafts: drafts.filter((d) => d.organizationId === m.organizationId),
    })),
  ];
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      {error === "FORBIDDEN_EDITOR" ? (
        <p role="alert" className="mb-6 border-l-4 border-error pl-4 font-semibold">
          {tErrors("FORBIDDEN_EDITOR")}
        </p>
      ) : null}
      {canCreate ? (
        <form action={createDraftAction} className="mb-8">
          <p className="mb-2 text-secondary">{t("createIn", { name: activeName })}</p>
          <Button type="submit">{t("new")}</Button>
        </form>
      ) : (
        <p className="mb-8">{t("readerCannotCreate", { name: activeName })}</p>
      )}
      {canCreate ? (
        <p className="mb-4">
          <Link href="/drafts/import" className="text-brand underline">
            {tImport("link")}
          </Link>
        </p>
      ) : null}
      <p className="mb-8">
        <Link href="/drafts/trash" className="text-brand underline">
          {tTrash("trashLink")}
        </Link>
      </p>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`space-${group.key}`} className="mb-8">
          <h2 id={`space-${group.key}`} className="mb-1 text-2xl font-bold">
            {group.name}
          </h2>
          {group.role ? (
            <p className="mb-3 text-secondary">{t("roleInSpace", { role: tOrgs(`roles.${group.role}`) })}</p>
          ) : null}
          <DraftList
            drafts={group.drafts}
            caption={group.name}
            sourceUpdates={sourceUpdates}
            canEdit={!group.role || roleAllows(group.role, "edit")}
            canDelete={!group.role || roleAllows(group.role, "manage")}
          />
        </section>
      ))}
    </>
  );
}
