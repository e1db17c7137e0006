"use client";

import { useTranslations } from "next-intl";
import { verifySignInCodeAction } from "@/lib/auth/two-factor-actions";
import { twoFactorCodeSchema } from "@/lib/auth/two-factor-schema";
import { AccountForm } from "@/components/account/account-form";

// One field for both a code from the app and a backup code: the server tells
// them apart by their shape, so nobody has to pick a mode first.
export function SignInCodeForm() {
  const t = useTranslations("twoFactor.signIn");
  return (
    <AccountForm
      id="signin-code"
      schema={twoFactorCodeSchema}
      action={verifySignInCodeAction}
      fields={[{ name: "code", label: t("code"), hint: t("codeHint"), type: "text", autoComplete: "one-time-code" }]}
      submitLabel={t("submit")}
      savedMessage=""
    />
  );
}
