import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { createOrganizationAction } from "@/lib/orgs/actions";
import { listMemberships } from "@/lib/orgs/data";
import { CreateOrgForm } from "@/components/orgs/create-org-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("orgs");
  return { title: t("title") };
}

export default async function OrgsPage() {
  const user = await requireUser();
  const [t, memberships] = await Promise.all([getTranslations("orgs"), listMemberships(user.id)]);
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      {memberships.length === 0 ? (
        <p className="mb-8">{t("none")}</p>
      ) : (
        <table className="mb-10 w-full border-collapse text-left">
          <caption className="sr-only">{t("listCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("columns.name")}
              </th>
              <th scope="col" className="py-2">
                {t("columns.role")}
              </th>
            </tr>
          </thead>
          <tbody>
            {memberships.map((m) => (
              <tr key={m.organizationId} className="border-b border-line">
                <td className="py-2 pr-4">
                  <Link href={`/orgs/${m.organizationId}`} className="text-brand underline">
                    {m.name}
                  </Link>
                </td>
                <td className="py-2">{t(`roles.${m.role}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="mb-4 text-2xl font-bold">{t("create.heading")}</h2>
      <CreateOrgForm action={createOrganizationAction} />
    </>
  );
}
