import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SsoSignIn } from "@/components/auth/sso-sign-in";
import { ssoSettings } from "@/lib/auth/sso";
import { signInWithSsoAction } from "@/lib/auth/sso-actions";
import { getEnv } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

type Param = string | string[] | undefined;
type Props = { searchParams: Promise<{ reset?: Param; deleted?: Param; error?: Param }> };

export default async function SignInPage({ searchParams }: Props) {
  if (await getCurrentUser()) redirect("/drafts");
  const [t, params] = await Promise.all([getTranslations("auth.signIn"), searchParams]);
  // The SSO button only when OIDC_* is configured (lib/auth/sso.ts).
  const sso = ssoSettings(getEnv());
  return (
    <div className="max-w-xl">
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      {params.reset === "1" ? (
        <p role="status" className="mb-6 border-l-4 border-success bg-surface p-4 font-semibold">
          {t("resetDone")}
        </p>
      ) : null}
      {params.deleted === "1" ? (
        <p role="status" className="mb-6 border-l-4 border-success bg-surface p-4 font-semibold">
          {t("accountDeleted")}
        </p>
      ) : null}
      {sso ? (
        <SsoSignIn
          action={signInWithSsoAction}
          label={sso.label}
          failed={typeof params.error === "string" ? params.error : null}
        />
      ) : null}
      <p className="mb-6">{t("intro")}</p>
      <SignInForm />
      <p className="mt-6">
        <Link href="/forgot-password" className="text-brand underline">
          {t("forgot")}
        </Link>
      </p>
      <p className="mt-4">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="text-brand underline">
          {t("createAccount")}
        </Link>
      </p>
    </div>
  );
}
