import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/auth/actions";
import { Button } from "@/components/ui/button";

// Tells a member signed in with a password that their organisations require
// the organisation's account: until then lib/drafts/scope.ts keeps those
// organisations' drafts out of reach.
export async function SsoRequiredNotice({ orgs }: { orgs: string[] }) {
  if (orgs.length === 0) return null;
  const t = await getTranslations("sso.required");
  return (
    <div className="mb-6 border-l-4 border-warning bg-notice p-4" data-testid="sso-required">
      <h2 className="mb-2 text-xl font-bold">{t("title")}</h2>
      <p className="mb-3">{t("body", { orgs: orgs.join(", ") })}</p>
      <form action={signOutAction}>
        <Button type="submit" variant="secondary">
          {t("signOut")}
        </Button>
      </form>
    </div>
  );
}
