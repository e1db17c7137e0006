import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { twoFactorChallengeCookie } from "@/lib/auth/two-factor";
import { SignInCodeForm } from "@/components/auth/sign-in-code-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("twoFactor.signIn");
  return { title: t("title") };
}

// The second sign-in step: only reachable with the challenge cookie that a
// correct password for a two-factor account leaves behind.
export default async function SignInCodePage() {
  if (await getCurrentUser()) redirect("/drafts");
  if (!(await twoFactorChallengeCookie())) redirect("/sign-in");
  const t = await getTranslations("twoFactor.signIn");
  return (
    <div className="max-w-xl">
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <SignInCodeForm />
      <p className="mt-6">
        <Link href="/sign-in" className="text-brand underline">
          {t("restart")}
        </Link>
      </p>
    </div>
  );
}
