"use client";

import { useTranslations } from "next-intl";
import { signUpAction } from "@/lib/auth/actions";
import { signUpSchema } from "@/lib/auth/schema";
import { AuthForm } from "@/components/auth/auth-form";

export function SignUpForm() {
  const t = useTranslations("auth.signUp");
  return (
    <AuthForm
      schema={signUpSchema}
      action={signUpAction}
      idPrefix="signup-"
      submitLabel={t("submit")}
      submittingLabel={t("submitting")}
      fields={[
        { name: "name", autoComplete: "name", withHint: true },
        { name: "email", type: "email", autoComplete: "email" },
        { name: "password", type: "password", autoComplete: "new-password", withHint: true },
      ]}
    />
  );
}
