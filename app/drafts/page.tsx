import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { getDashboardPage } from "@/lib/dashboard/data";
import { listDueFollowUps } from "@/lib/followup/data";
import { todayInSweden } from "@/lib/followup/due";
import { dashboardPageSize, parseDashboardQuery } from "@/lib/dashboard/schema";
import { createDraftAction } from "@/lib/drafts/actions";
import { countSourceUpdates } from "@/lib/requirements/data";
import { getSpaces, listOrgsRequiringSso, listOrgsRequiringTwoFactor } from "@/lib/orgs/data";
import { SsoRequiredNotice } from "@/components/account/sso-required-notice";
import { TwoFactorRequiredNotice } from "@/components/account/two-factor-required-notice";
import { roleAllows } from "@/lib/orgs/roles";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { DashboardPagination } from "@/components/dashboard/dashboard-pagination";
import { DashboardTable } from "@/components/dashboard/dashboard-table";
import { DueFollowUps } from "@/components/followup/due-follow-ups";
import { Button } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("drafts");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The procurer's desk: every draft the user may see, across spaces, searched,
// filtered, sorted and paged through the URL (lib/dashboard). New drafts go
// to the active space named on the button.
export default async function DraftsPage({ searchParams }: Props) {
  const user = await requireUser();
  const raw = await searchParams;
  const query = parseDashboardQuery(raw);
  const [t, tDash, tErrors, tOrgs, tTrash, tTemplates, result, spaces, sourceUpdates] = await Promise.all([
    getTranslations("drafts"),
    getTranslations("dashboard"),
    getTranslations("errors.codes"),
    getTranslations("orgs"),
    getTranslations("trash"),
    getTranslations("templates"),
    getDashboardPage(user.id, query),
    getSpaces(user.id, user.activeOrganizationId),
    countSourceUpdates(user.id),
  ]);
  const tImport = await getTranslations("import");
  const dueFollowUps = await listDueFollowUps(user.id, todayInSweden());
  const personal = tOrgs("space.personal");
  const activeName = spaces.active?.name ?? personal;
  const canCreate = !spaces.active || roleAllows(spaces.active.role, "edit");
  const spaceOptions = [
    { value: "personal", label: personal },
    ...spaces.memberships.map((m) => ({
      value: m.organizationId,
      label: `${m.name} (${tOrgs(`roles.${m.role}`)})`,
    })),
  ];
  const shown = { ...query, page: result.page };
  const from = (result.page - 1) * dashboardPageSize + 1;
  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <TwoFactorRequiredNotice orgs={await listOrgsRequiringTwoFactor(user.id)} />
      <SsoRequiredNotice orgs={await listOrgsRequiringSso(user.id)} />
      {raw.error === "FORBIDDEN_EDITOR" || raw.error === "TOO_MANY_DRAFTS" || raw.error === "RATE_LIMITED" ? (
        <p role="alert" className="mb-6 border-l-4 border-error pl-4 font-semibold">
          {tErrors(raw.error)}
        </p>
      ) : null}
      {canCreate ? (
        <form action={createDraftAction} className="mb-8">
          <p className="mb-2 text-secondary">{t("createIn", { name: activeName })}</p>
          <div className="flex flex-wrap items-center gap-6">
            <Button type="submit">{t("new")}</Button>
            <Link href="/drafts/new" className="font-semibold text-brand underline">
              {tTemplates("link")}
            </Link>
          </div>
        </form>
      ) : (
        <p className="mb-8">
          {t("readerCannotCreate", { name: activeName })}{" "}
          <Link href="/drafts/new" className="text-brand underline">
            {tTemplates("link")}
          </Link>
        </p>
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
      <DueFollowUps items={dueFollowUps} />
      <DashboardFilters query={shown} spaces={spaceOptions} />
      <section aria-labelledby="dashboard-results">
        <h2 id="dashboard-results" className="mb-1 text-2xl font-bold">
          {tDash("results.heading")}
        </h2>
        {result.total === 0 ? (
          <p className="mb-8">{query.q || raw.space || raw.status || raw.gap ? tDash("results.none") : t("empty")}</p>
        ) : (
          <>
            <p className="mb-3 text-secondary" data-testid="dashboard-summary">
              {tDash("results.summary", { from, to: from + result.rows.length - 1, total: result.total })}
            </p>
            <DashboardTable
              rows={result.rows}
              caption={tDash("results.caption", { page: result.page, pageCount: result.pageCount })}
              personalName={personal}
              sourceUpdates={sourceUpdates}
            />
            <DashboardPagination query={shown} pageCount={result.pageCount} />
          </>
        )}
      </section>
    </>
  );
}
