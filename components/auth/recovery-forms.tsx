"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/errors";
import { requestPasswordResetAction } from "@/lib/auth/recovery-actions";
import { forgotPasswordSchema, resetPasswordSchema, type ResetPasswordInput } from "@/lib/auth/schema";
import { AuthForm } from "@/components/auth/auth-form";

export function ForgotPasswordForm() {
  const t = useTranslations("auth.forgot");
  return (
    <AuthForm
      schema={forgotPasswordSchema}
      action={requestPasswordResetAction}
      idPrefix="forgot-"
      submitLabel={t("submit")}
      submittingLabel={t("submitting")}
      fields={[{ name: "email", type: "email", autoComplete: "email" }]}
    />
  );
}

// The token is bound on the server page (resetPasswordAction.bind), so it
// never sits in a form field the user could edit.
export function ResetPasswordForm({ action }: { action: (input: ResetPasswordInput) => Promise<ActionResult> }) {
  const t = useTranslations("auth.reset");
  return (
    <AuthForm
      schema={resetPasswordSchema}
      action={action}
      idPrefix="reset-"
      submitLabel={t("submit")}
      submittingLabel={t("submitting")}
      fields={[{ name: "password", type: "password", autoComplete: "new-password", withHint: true }]}
    />
  );
}
