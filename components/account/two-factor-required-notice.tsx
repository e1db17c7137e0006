import Link from "next/link";
import { getTranslations } from "next-intl/server";

// Sends a member whose organisations require two-factor to enrol: until then
// lib/drafts/scope.ts keeps those organisations' drafts out of reach.
export async function TwoFactorRequiredNotice({ orgs }: { orgs: string[] }) {
  if (orgs.length === 0) return null;
  const t = await getTranslations("twoFactor.required");
  return (
    <div className="mb-6 border-l-4 border-warning bg-notice p-4" data-testid="two-factor-required">
      <h2 className="mb-2 text-xl font-bold">{t("title")}</h2>
      <p className="mb-2">{t("body", { orgs: orgs.join(", ") })}</p>
      <Link href="/account#two-factor" className="font-semibold text-brand underline">
        {t("link")}
      </Link>
    </div>
  );
}
