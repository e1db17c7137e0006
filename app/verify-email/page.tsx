import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { verifyEmailAction } from "@/lib/auth/recovery-actions";
import { Button } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.verify");
  return { title: t("checkTitle") };
}

type Props = { searchParams: Promise<{ token?: string | string[]; failed?: string | string[] }> };

const failureCode = { limited: "RATE_LIMITED", internal: "INTERNAL" } as const;

// Three states: after sign-up ("check your mail"), the mail's link (a button
// spends the token, so a link scanner does not), and a failed attempt.
export default async function VerifyEmailPage({ searchParams }: Props) {
  const [t, tErrors, params] = await Promise.all([
    getTranslations("auth.verify"),
    getTranslations("errors.codes"),
    searchParams,
  ]);
  const token = typeof params.token === "string" ? params.token : null;
  const failed = typeof params.failed === "string" ? params.failed : null;
  if (failed) {
    const code = failureCode[failed as keyof typeof failureCode] ?? "INVALID_LINK";
    return (
      <div className="max-w-xl">
        <h1 className="mb-4 text-4xl font-bold">{t("confirmTitle")}</h1>
        <p role="alert" className="mb-6 font-semibold text-error">
          {tErrors(code)}
        </p>
        <p>{t("checkAgain")}</p>
        <p className="mt-6">
          <Link href="/sign-in" className="text-brand underline">
            {t("signIn")}
          </Link>
        </p>
      </div>
    );
  }
  if (token) {
    return (
      <div className="max-w-xl">
        <h1 className="mb-4 text-4xl font-bold">{t("confirmTitle")}</h1>
        <p className="mb-6">{t("confirmBody")}</p>
        <form action={verifyEmailAction.bind(null, token)}>
          <Button type="submit">{t("confirm")}</Button>
        </form>
      </div>
    );
  }
  return (
    <div className="max-w-xl">
      <h1 className="mb-4 text-4xl font-bold">{t("checkTitle")}</h1>
      <p className="mb-4" data-testid="verify-sent">
        {t("checkBody")}
      </p>
      <p>{t("checkAgain")}</p>
      <p className="mt-6">
        <Link href="/sign-in" className="text-brand underline">
          {t("signIn")}
        </Link>
      </p>
    </div>
  );
}
