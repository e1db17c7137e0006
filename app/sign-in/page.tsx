import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { SignInForm } from "@/components/auth/sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

export default async function SignInPage() {
  if (await getCurrentUser()) redirect("/drafts");
  const t = await getTranslations("auth.signIn");
  return (
    <div className="max-w-xl">
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <SignInForm />
      <p className="mt-8">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="text-brand underline">
          {t("createAccount")}
        </Link>
      </p>
    </div>
  );
}
