import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { SignUpForm } from "@/components/auth/sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signUp");
  return { title: t("title") };
}

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/drafts");
  const t = await getTranslations("auth.signUp");
  return (
    <div className="max-w-xl">
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <SignUpForm />
      <p className="mt-8">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="text-brand underline">
          {t("signIn")}
        </Link>
      </p>
    </div>
  );
}
