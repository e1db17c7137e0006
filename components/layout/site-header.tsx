import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/i18n/actions";
import { signOutAction } from "@/lib/auth/actions";
import type { CurrentUser } from "@/lib/auth/session";
import { switchSpaceAction } from "@/lib/orgs/actions";
import { SpaceSwitcher, type SpaceOption } from "@/components/orgs/space-switcher";

export async function SiteHeader({
  user,
  spaces = [],
  activeSpaceId = null,
}: {
  user: CurrentUser | null;
  spaces?: SpaceOption[];
  activeSpaceId?: string | null;
}) {
  const t = await getTranslations("app");
  const tCatalog = await getTranslations("catalog");
  const locale = await getLocale();
  const other = locale === "sv" ? "en" : "sv";
  const tOrgs = await getTranslations("orgs.space");
  // Two bars, as GOV.UK's header and service navigation: the account and
  // language controls beside the name, the main navigation on its own row,
  // which stays one row at 1280 px however long the user's name is.
  return (
    <header className="border-b-8 border-brand bg-ink text-inverse">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href={user ? "/drafts" : "/"} className="text-2xl font-bold text-inverse no-underline">
          {t("name")}
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          {user ? (
            <>
              <Link href="/account" className="text-inverse underline">
                {t("account")}
              </Link>
              <SpaceSwitcher spaces={spaces} activeId={activeSpaceId} action={switchSpaceAction} />
              <span>{t("signedInAs", { name: user.name })}</span>
              <form action={signOutAction}>
                <button type="submit" className="cursor-pointer text-inverse underline">
                  {t("signOut")}
                </button>
              </form>
            </>
          ) : null}
          <form action={setLocaleAction}>
            <input type="hidden" name="locale" value={other} />
            <button type="submit" lang={other} className="cursor-pointer text-inverse underline">
              {t("switchLanguage")}
            </button>
          </form>
        </div>
      </div>
      {user ? (
        <nav aria-label={t("mainNav")} className="mx-auto max-w-5xl px-4 pb-3">
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            <li>
              <Link href="/drafts" className="text-inverse underline">
                {t("myDrafts")}
              </Link>
            </li>
            <li>
              <Link href="/catalog" className="text-inverse underline">
                {tCatalog("nav")}
              </Link>
            </li>
            <li>
              <Link href="/orgs" className="text-inverse underline">
                {tOrgs("manage")}
              </Link>
            </li>
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
