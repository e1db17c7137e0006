import Link from "next/link";
import { getTranslations } from "next-intl/server";

// On every page: the accessibility statement and the privacy notice must be
// reachable from anywhere in the service (lag 2018:1937, GDPR art. 13).
export async function SiteFooter() {
  const t = await getTranslations("app");
  const tLegal = await getTranslations("legal");
  return (
    <footer className="border-t border-line bg-surface">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-6 text-sm text-secondary">
        <p>{t("footer")}</p>
        <nav aria-label={tLegal("footerNav")}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href="/tillganglighet" className="text-brand underline">
                {tLegal("accessibility.nav")}
              </Link>
            </li>
            <li>
              <Link href="/personuppgifter" className="text-brand underline">
                {tLegal("privacy.nav")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
