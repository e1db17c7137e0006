import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { getSpaces } from "@/lib/orgs/data";
import { roleAllows } from "@/lib/orgs/roles";
import { listTemplateSources } from "@/lib/templates/data";
import { startingSet, templateKinds } from "@/lib/templates/kinds";
import { FromDraftForm } from "@/components/templates/from-draft-form";
import { FromKindForm } from "@/components/templates/from-kind-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates");
  return { title: t("title") };
}

// "Ny från mall": start a new procurement from an organisation template or an
// earlier draft, or from a built-in kind of procurement.
export default async function NewFromTemplatePage() {
  const user = await requireUser();
  const [t, tOrgs, sources, spaces] = await Promise.all([
    getTranslations("templates"),
    getTranslations("orgs"),
    listTemplateSources(user.id),
    getSpaces(user.id, user.activeOrganizationId),
  ]);
  const activeName = spaces.active?.name ?? tOrgs("space.personal");
  const canCreate = !spaces.active || roleAllows(spaces.active.role, "edit");
  const kinds = templateKinds.map((kind) => ({
    kind,
    name: t(`kinds.${kind}.name`),
    description: t(`kinds.${kind}.description`),
    startingSet: startingSet(kind).map((suggestion) => suggestion.title ?? suggestion.text),
  }));
  const hasSources = sources.templates.length + sources.recent.length > 0;
  return (
    <>
      <p className="mb-4">
        <Link href="/drafts" className="text-brand underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-8">{t("intro")}</p>
      <section aria-labelledby="from-draft" className="mb-10">
        <h2 id="from-draft" className="mb-2 text-2xl font-bold">
          {t("fromDraftHeading")}
        </h2>
        <p className="mb-4">{t("fromDraftIntro")}</p>
        {hasSources ? (
          <FromDraftForm templates={sources.templates} recent={sources.recent} />
        ) : (
          <p className="mb-8 text-secondary">{t("noSources")}</p>
        )}
      </section>
      <section aria-labelledby="from-kind">
        <h2 id="from-kind" className="mb-2 text-2xl font-bold">
          {t("fromKindHeading")}
        </h2>
        <p className="mb-4">{t("fromKindIntro")}</p>
        {canCreate ? (
          <FromKindForm kinds={kinds} spaceName={activeName} />
        ) : (
          <p className="mb-8">{t("readerCannotCreate", { name: activeName })}</p>
        )}
      </section>
    </>
  );
}
