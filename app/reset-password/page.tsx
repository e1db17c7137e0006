import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { resetPasswordAction } from "@/lib/auth/recovery-actions";
import { ResetPasswordForm } from "@/components/auth/recovery-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.reset");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const [t, params] = await Promise.all([getTranslations("auth.reset"), searchParams]);
  const token = typeof params.token === "string" && params.token ? params.token : null;
  return (
    <div className="max-w-xl">
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      {token ? (
        <>
          <p className="mb-6">{t("intro")}</p>
          <ResetPasswordForm action={resetPasswordAction.bind(null, token)} />
        </>
      ) : (
        <>
          <p className="mb-6">{t("missing")}</p>
          <Link href="/forgot-password" className="text-brand underline">
            {t("again")}
          </Link>
        </>
      )}
    </div>
  );
}
