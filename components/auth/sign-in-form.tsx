"use client";

import { useTranslations } from "next-intl";
import { signInAction } from "@/lib/auth/actions";
import { signInSchema } from "@/lib/auth/schema";
import { AuthForm } from "@/components/auth/auth-form";

export function SignInForm() {
  const t = useTranslations("auth.signIn");
  return (
    <AuthForm
      schema={signInSchema}
      action={signInAction}
      idPrefix="signin-"
      submitLabel={t("submit")}
      submittingLabel={t("submitting")}
      fields={[
        { name: "email", type: "email", autoComplete: "email" },
        { name: "password", type: "password", autoComplete: "current-password" },
      ]}
    />
  );
}
