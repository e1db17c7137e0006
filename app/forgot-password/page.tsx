import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { mailEnabled } from "@/lib/mail/send";
import { ForgotPasswordForm } from "@/components/auth/recovery-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forgot");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ sent?: string | string[] }> };

export default async function ForgotPasswordPage({ searchParams }: Props) {
  const [t, params] = await Promise.all([getTranslations("auth.forgot"), searchParams]);
  const sent = params.sent === "1";
  return (
    <div className="max-w-xl">
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      {sent ? (
        <p role="status" className="mb-6 font-semibold" data-testid="reset-sent">
          {mailEnabled() ? t("sent") : t("sentWithoutMail")}
        </p>
      ) : (
        <>
          <p className="mb-6">{t("intro")}</p>
          <ForgotPasswordForm />
        </>
      )}
      <p className="mt-8">
        <Link href="/sign-in" className="text-brand underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
